import { ErrorKind, PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import {
  type ColumnKind,
  type ColumnProfile,
  DATA_PROFILE_FORMAT,
  type DataProfile,
} from './data-profile';
import { readCategoricalSummary, readNumericSummary } from './parse-column-summaries';
import { type ProfileProblem, ProfileProblems } from './profile-problems';

const KINDS: readonly ColumnKind[] = ['numeric', 'timestamp', 'categorical', 'boolean'];
const NUMERIC_KINDS: readonly ColumnKind[] = ['numeric', 'timestamp'];

/**
 * Validates a profile read back from storage (parsed JSON) and returns a clean copy holding
 * only the format's fields. Checks shape and the invariants every consumer relies on (counts
 * add up to the row count, histograms to the column count, top values in order), collecting
 * every fault first: throws one `STATS.INVALID_PROFILE` (InvalidInput) whose message lists each
 * and whose `details.problems` holds them as `ProfileProblem`s.
 */
export function parseDataProfile(json: unknown): DataProfile {
  const problems = new ProfileProblems();
  const profile = readProfile(json, problems);
  if (profile === undefined || problems.list.length > 0) throw invalidProfile(problems.list);
  return profile;
}

function readProfile(json: unknown, problems: ProfileProblems): DataProfile | undefined {
  const raw = problems.object(json, 'profile');
  if (raw === undefined) return undefined;
  if (raw.format !== DATA_PROFILE_FORMAT) {
    problems.add('format', `expected '${DATA_PROFILE_FORMAT}', got ${JSON.stringify(raw.format)}`);
  }
  const rowCount = problems.count(raw.rowCount, 'rowCount');
  const rawColumns = problems.array(raw.columns, 'columns') ?? [];
  const columns = rawColumns.map((column, i) =>
    readColumn(column, `columns[${i}]`, rowCount, problems),
  );
  const seen = new Set<string>();
  columns.forEach((column, i) => {
    if (column === undefined) return;
    if (seen.has(column.name))
      problems.add(`columns[${i}].name`, `duplicate column '${column.name}'`);
    seen.add(column.name);
  });
  if (rowCount === undefined || columns.some((column) => column === undefined)) return undefined;
  return { format: DATA_PROFILE_FORMAT, rowCount, columns: columns as ColumnProfile[] };
}

function readColumn(
  value: unknown,
  path: string,
  rowCount: number | undefined,
  problems: ProfileProblems,
): ColumnProfile | undefined {
  const raw = problems.object(value, path);
  if (raw === undefined) return undefined;
  const name = problems.string(raw.name, `${path}.name`);
  const kind = KINDS.includes(raw.kind as ColumnKind) ? (raw.kind as ColumnKind) : undefined;
  if (kind === undefined) {
    problems.add(
      `${path}.kind`,
      `expected one of ${KINDS.join(', ')}, got ${JSON.stringify(raw.kind)}`,
    );
  }
  const sqlType = problems.string(raw.sqlType, `${path}.sqlType`);
  const count = problems.count(raw.count, `${path}.count`);
  const missing = problems.count(raw.missing, `${path}.missing`);
  const distinct = problems.count(raw.distinct, `${path}.distinct`);
  if (count !== undefined && missing !== undefined && rowCount !== undefined) {
    if (count + missing !== rowCount) {
      problems.add(
        `${path}.count`,
        `count ${count} + missing ${missing} must equal rowCount ${rowCount}`,
      );
    }
  }
  if (count !== undefined && distinct !== undefined) {
    if (distinct > count) problems.add(`${path}.distinct`, `${distinct} exceeds count ${count}`);
    if (count > 0 && distinct === 0)
      problems.add(`${path}.distinct`, 'must be >= 1 when count > 0');
  }
  if (kind === undefined || count === undefined) return undefined;

  const wantsNumeric = wantsKind(kind, 'numeric') && count > 0;
  const wantsCategorical = wantsKind(kind, 'categorical') && count > 0;
  const numeric = expectSummary(raw, 'numeric', wantsNumeric, kind, path, problems)
    ? readNumericSummary(raw.numeric, `${path}.numeric`, count, problems)
    : null;
  const categorical = expectSummary(raw, 'categorical', wantsCategorical, kind, path, problems)
    ? readCategoricalSummary(raw.categorical, `${path}.categorical`, count, kind, problems)
    : null;
  if (
    name === undefined ||
    sqlType === undefined ||
    missing === undefined ||
    distinct === undefined ||
    numeric === undefined ||
    categorical === undefined
  ) {
    return undefined;
  }
  return { name, kind, sqlType, count, missing, distinct, numeric, categorical };
}

/** Whether the summary is there to read; records a problem when presence and kind disagree. */
function expectSummary(
  raw: Record<string, unknown>,
  field: 'numeric' | 'categorical',
  wanted: boolean,
  kind: ColumnKind,
  path: string,
  problems: ProfileProblems,
): boolean {
  const present = raw[field] !== null && raw[field] !== undefined;
  if (wanted && !present) {
    problems.add(`${path}.${field}`, `required for a ${kind} column with values`);
  } else if (!wanted && raw[field] !== null) {
    const why = wantsKind(kind, field) ? 'has no values' : `is not summarised as ${field}`;
    problems.add(`${path}.${field}`, `must be null: this ${kind} column ${why}`);
  }
  return wanted && present;
}

function wantsKind(kind: ColumnKind, field: 'numeric' | 'categorical'): boolean {
  return NUMERIC_KINDS.includes(kind) === (field === 'numeric');
}

function invalidProfile(problems: ProfileProblem[]): PlatformError {
  const lines = problems.map((problem) => `  - ${problem.path}: ${problem.problem}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new PlatformError(
    StatsErrorCode.InvalidProfile,
    `Invalid data profile (${count}):\n${lines.join('\n')}\n` +
      'The stored profile is damaged or from another format; recompute it from its dataset.',
    { kind: ErrorKind.InvalidInput, retriable: false, details: { problems } },
  );
}
