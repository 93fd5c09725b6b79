import { isDatasetName } from '../identifiers';
import { COLUMN_TYPES, ColumnType, EVENT_TIME_TYPES } from './column-type';
import { ContractRule } from './contract-rule';
import { AdditionalColumnsPolicy, ContractColumn, DataContract } from './data-contract';
import { invalidDataContract } from './invalid-data-contract.error';
import { JsonObjectReader } from './json-object-reader';
import { parseContractRule } from './parse-contract-rule';

const MAX_COLUMN_NAME_LENGTH = 255;
const CONTRACT_FIELDS = [
  'dataset',
  'version',
  'description',
  'owner',
  'columns',
  'additionalColumns',
  'eventTime',
  'rules',
];
const COLUMN_FIELDS = ['name', 'type', 'nullable', 'required', 'description'];
const POLICIES: readonly AdditionalColumnsPolicy[] = ['reject', 'drop'];

/**
 * Parses a data contract as JSON (a shipped file or a registration body), filling defaults.
 * Names every problem at once, each with its path (`rules[3].regex: ...`), in a PlatformError
 * `INGESTION.INVALID_DATA_CONTRACT` whose `details.problems` lists them.
 */
export function parseDataContract(json: unknown): DataContract {
  const problems: string[] = [];
  const root = JsonObjectReader.at(json, '', problems);
  if (root === null) throw invalidDataContract(problems);
  root.allowOnly(CONTRACT_FIELDS);
  const dataset = root.string('dataset', { required: true });
  if (dataset !== null && !isDatasetName(dataset)) {
    root.problem(
      'dataset',
      `must be kebab-case, 1-63 characters, e.g. 'flights' (got '${dataset}')`,
    );
  }
  const version = root.number('version', { required: true, integer: true, min: 1 });
  const parsedColumns = (root.array('columns', { required: true, nonEmpty: true }) ?? []).map(
    (raw, i) => parseColumn(raw, `columns[${i}]`, problems),
  );
  const byName = declaredColumns(parsedColumns, problems);
  const columns = parsedColumns
    .filter((parsed): parsed is ParsedColumn => parsed !== null)
    .map((parsed) => parsed.column);
  const eventTime = root.string('eventTime');
  const eventTimeType = eventTime === null ? null : byName.get(eventTime);
  if (eventTime !== null && eventTimeType === undefined) {
    root.problem('eventTime', `'${eventTime}' is not a declared column`);
  } else if (eventTimeType != null && !EVENT_TIME_TYPES.includes(eventTimeType)) {
    root.problem(
      'eventTime',
      `'${eventTime}' is ${eventTimeType}; it must be a timestamp or date column`,
    );
  }
  const rules = (root.array('rules') ?? [])
    .map((raw, i) => parseContractRule(raw, `rules[${i}]`, byName, problems))
    .filter((rule): rule is ContractRule => rule !== null);
  const contract: DataContract = {
    dataset: dataset ?? '',
    version: version ?? 0,
    description: root.string('description'),
    owner: root.string('owner'),
    columns,
    additionalColumns: root.oneOf('additionalColumns', POLICIES) ?? 'reject',
    eventTime,
    rules,
  };
  if (problems.length > 0) throw invalidDataContract(problems);
  return contract;
}

/** A column as read, with its type null when the declared one is not valid. */
interface ParsedColumn {
  column: ContractColumn;
  type: ColumnType | null;
}

function parseColumn(raw: unknown, path: string, problems: string[]): ParsedColumn | null {
  const fields = JsonObjectReader.at(raw, path, problems);
  if (fields === null) return null;
  fields.allowOnly(COLUMN_FIELDS);
  const name = fields.string('name', { required: true });
  if (name !== null && name.length > MAX_COLUMN_NAME_LENGTH) {
    fields.problem('name', `must be at most ${MAX_COLUMN_NAME_LENGTH} characters`);
  }
  const type = fields.oneOf('type', COLUMN_TYPES, { required: true });
  const column: ContractColumn = {
    name: name ?? '',
    type: type ?? 'string',
    nullable: fields.boolean('nullable', true),
    required: fields.boolean('required', true),
    description: fields.string('description'),
  };
  if (!column.required && !column.nullable) {
    fields.problem('nullable', 'a column that may be absent (required: false) must be nullable');
  }
  return name === null ? null : { column, type };
}

/**
 * Column names are compared case-insensitively, as the batch engine resolves them: 'Date' and
 * 'date' could not both exist in a normalized batch.
 */
function declaredColumns(
  columns: (ParsedColumn | null)[],
  problems: string[],
): Map<string, ColumnType | null> {
  const byName = new Map<string, ColumnType | null>();
  const firstIndex = new Map<string, number>();
  columns.forEach((parsed, i) => {
    if (parsed === null) return;
    const { column, type } = parsed;
    const key = column.name.toLowerCase();
    const first = firstIndex.get(key);
    if (first !== undefined) {
      problems.push(
        `columns[${i}].name: '${column.name}' duplicates columns[${first}].name (names are case-insensitive)`,
      );
      return;
    }
    firstIndex.set(key, i);
    byName.set(column.name, type);
  });
  return byName;
}
