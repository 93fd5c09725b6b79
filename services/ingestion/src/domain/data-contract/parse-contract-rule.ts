import { ColumnType, EVENT_TIME_TYPES, NUMERIC_TYPES } from './column-type';
import {
  ContractRule,
  DistributionStatistic,
  RULE_KINDS,
  RuleKind,
  RuleSeverity,
} from './contract-rule';
import { JsonObjectReader } from './json-object-reader';
import { RuleReader } from './rule-reader';
import { parseInstant, parseSearchPattern } from './rule-values';

type RuleBody = Omit<ContractRule, 'severity' | 'description'>;

interface RuleParser {
  fields: readonly string[];
  parse(reader: RuleReader): RuleBody;
}

const COMMON_FIELDS = ['rule', 'severity', 'description'];
const SEVERITIES: readonly RuleSeverity[] = ['error', 'warn'];
const STATISTICS: readonly DistributionStatistic[] = ['mean', 'share', 'missing_rate'];

const PARSERS: Readonly<Record<RuleKind, RuleParser>> = {
  range: {
    fields: ['column', 'min', 'max'],
    parse: (r) => {
      const column = r.column('column', NUMERIC_TYPES);
      const min = r.fields.number('min');
      const max = r.fields.number('max');
      r.bounds(min, max);
      return { rule: 'range', column, min, max };
    },
  },
  allowed_values: {
    fields: ['column', 'values'],
    parse: (r) => {
      const column = r.column('column', ['string', 'integer', 'number']);
      const values = r.fields.array('values', { required: true, nonEmpty: true }) ?? [];
      const type = r.typeOf(column);
      const fits = (value: unknown): boolean =>
        type === 'string'
          ? typeof value === 'string'
          : typeof value === 'number' && (type !== 'integer' || Number.isInteger(value));
      if (column !== '' && !values.every(fits)) {
        r.fields.problem(
          'values',
          `every value must be ${type === 'string' ? 'a string' : `an ${type}`} like the column`,
        );
      }
      return { rule: 'allowed_values', column, values: values as (string | number)[] };
    },
  },
  pattern: {
    fields: ['column', 'regex'],
    parse: (r) => {
      const column = r.column('column', ['string']);
      const regex = r.fields.string('regex', { required: true });
      const problem = regex === null ? null : parseSearchPattern(regex);
      if (problem !== null) r.fields.problem('regex', problem);
      return { rule: 'pattern', column, regex: regex ?? '' };
    },
  },
  unique: {
    fields: ['columns'],
    parse: (r) => {
      const names = r.fields.array('columns', { required: true, nonEmpty: true }) ?? [];
      const columns = names.map((name, i) => {
        const path = `columns[${i}]`;
        if (typeof name !== 'string') r.fields.problem(path, 'must be a column name');
        else if (names.indexOf(name) !== i) r.fields.problem(path, `'${name}' is listed twice`);
        else return r.declared(path, name);
        return '';
      });
      return { rule: 'unique', columns };
    },
  },
  max_missing_rate: {
    fields: ['column', 'max'],
    parse: (r) => ({
      rule: 'max_missing_rate',
      column: r.column('column'),
      max: r.fields.number('max', { required: true, min: 0, max: 1 }) ?? 0,
    }),
  },
  row_count: {
    fields: ['min', 'max'],
    parse: (r) => {
      const min = r.fields.number('min', { integer: true, min: 0 });
      const max = r.fields.number('max', { integer: true, min: 0 });
      r.bounds(min, max);
      return { rule: 'row_count', min, max };
    },
  },
  event_time_monotonic: {
    fields: ['column', 'acrossVersions'],
    parse: (r) => ({
      rule: 'event_time_monotonic',
      column: r.column('column', EVENT_TIME_TYPES),
      acrossVersions: r.fields.boolean('acrossVersions', false),
    }),
  },
  event_time_window: {
    fields: ['column', 'notBefore', 'notAfter'],
    parse: (r) => {
      const column = r.column('column', EVENT_TIME_TYPES);
      const instant = (field: string): string | null => {
        const text = r.fields.string(field);
        const parsed = text === null ? null : parseInstant(text);
        if (text !== null && parsed === null) {
          r.fields.problem(
            field,
            `must be an ISO 8601 instant with a zone, e.g. 2001-01-01T00:00:00Z (got '${text}')`,
          );
        }
        return parsed;
      };
      const notBefore = instant('notBefore');
      const notAfter = instant('notAfter');
      r.bounds(notBefore, notAfter, ['notBefore', 'notAfter']);
      return { rule: 'event_time_window', column, notBefore, notAfter };
    },
  },
  freshness: {
    fields: ['column', 'maxAgeHours'],
    parse: (r) => {
      const column = r.column('column', EVENT_TIME_TYPES);
      const maxAgeHours = r.fields.number('maxAgeHours', { required: true, min: 0 }) ?? 0;
      return { rule: 'freshness', column, maxAgeHours };
    },
  },
  distribution: {
    fields: ['column', 'statistic', 'category', 'maxAbsoluteChange'],
    parse: (r) => {
      const statistic = r.fields.oneOf('statistic', STATISTICS, { required: true });
      const column =
        statistic === 'mean'
          ? r.column('column', NUMERIC_TYPES)
          : r.column('column', statistic === 'share' ? ['string'] : undefined);
      const category = r.fields.string('category', { required: statistic === 'share' });
      if (statistic !== null && statistic !== 'share' && category !== null) {
        r.fields.problem('category', `only a share statistic takes a category, not ${statistic}`);
      }
      const maxAbsoluteChange = r.fields.number('maxAbsoluteChange', { required: true, min: 0 });
      return {
        rule: 'distribution',
        column,
        statistic: statistic ?? 'mean',
        category,
        maxAbsoluteChange: maxAbsoluteChange ?? 0,
      };
    },
  },
};

/** Parses `raw` found at `path` (e.g. `rules[3]`), recording its problems; null when unusable. */
export function parseContractRule(
  raw: unknown,
  path: string,
  columns: ReadonlyMap<string, ColumnType | null>,
  problems: string[],
): ContractRule | null {
  const fields = JsonObjectReader.at(raw, path, problems);
  if (fields === null) return null;
  const kind = fields.oneOf('rule', RULE_KINDS, { required: true });
  if (kind === null) return null;
  const parser = PARSERS[kind];
  fields.allowOnly([...COMMON_FIELDS, ...parser.fields]);
  const severity = fields.oneOf('severity', SEVERITIES) ?? 'error';
  const description = fields.string('description');
  return {
    ...parser.parse(new RuleReader(fields, columns)),
    severity,
    description,
  } as ContractRule;
}
