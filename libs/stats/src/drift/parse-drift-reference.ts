import { ErrorKind, PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { type ProfileProblem, ProfileProblems } from '../profile/profile-problems';
import {
  type CategoricalColumnReference,
  DRIFT_MAX_CATEGORIES,
  DRIFT_REFERENCE_FORMAT,
  type DriftColumnReference,
  type DriftReference,
  type NumericColumnReference,
} from './drift-reference';
import { TIMESTAMP_PARTS, type TimestampPart } from './timestamp-parts';

/**
 * Validates a drift reference read back from storage (parsed JSON) and returns a clean copy
 * holding only the format's fields. Collects every fault first, then throws one
 * `STATS.INVALID_PROFILE` (InvalidInput) whose message names each column and field and whose
 * `details.problems` lists them: a reference that does not add up would give every later
 * window a wrong verdict.
 */
export function parseDriftReference(json: unknown): DriftReference {
  const problems = new ProfileProblems();
  const reference = readReference(json, problems);
  if (reference === undefined || problems.list.length > 0) throw invalidReference(problems.list);
  return reference;
}

function readReference(json: unknown, problems: ProfileProblems): DriftReference | undefined {
  const raw = problems.object(json, 'reference');
  if (raw === undefined) return undefined;
  if (raw.format !== DRIFT_REFERENCE_FORMAT) {
    problems.add(
      'format',
      `expected '${DRIFT_REFERENCE_FORMAT}', got ${JSON.stringify(raw.format)}`,
    );
  }
  const rowCount = problems.count(raw.rowCount, 'rowCount');
  const columns = (problems.array(raw.columns, 'columns') ?? []).map((column, i) =>
    readColumn(column, i, rowCount, problems),
  );
  const seen = new Set<string>();
  for (const column of columns) {
    if (column === undefined) continue;
    if (seen.has(column.name)) problems.add(`columns['${column.name}']`, 'duplicate column name');
    seen.add(column.name);
  }
  if (rowCount === undefined || columns.some((column) => column === undefined)) return undefined;
  return { format: DRIFT_REFERENCE_FORMAT, rowCount, columns: columns as DriftColumnReference[] };
}

function readColumn(
  value: unknown,
  index: number,
  rowCount: number | undefined,
  problems: ProfileProblems,
): DriftColumnReference | undefined {
  const raw = problems.object(value, `columns[${index}]`);
  if (raw === undefined) return undefined;
  const name = problems.string(raw.name, `columns[${index}].name`);
  // Paths name the column, so an operator can find it in the feature view.
  const path = name === undefined ? `columns[${index}]` : `columns['${name}']`;
  const missing = problems.count(raw.missing, `${path}.missing`);
  const counts = readCounts(raw.counts, `${path}.counts`, problems);
  if (counts !== undefined && missing !== undefined && rowCount !== undefined) {
    const total = counts.reduce((sum, count) => sum + count, 0) + missing;
    if (total !== rowCount) {
      problems.add(
        `${path}.counts`,
        `counts + missing add up to ${total}, not rowCount ${rowCount}`,
      );
    }
  }
  let column: KindFields<DriftColumnReference> | undefined;
  if (raw.kind === 'numeric') column = readNumeric(raw, path, problems);
  else if (raw.kind === 'categorical') column = readCategorical(raw, path, problems);
  else
    problems.add(
      `${path}.kind`,
      `expected 'numeric' or 'categorical', got ${JSON.stringify(raw.kind)}`,
    );
  if (column === undefined || name === undefined || counts === undefined || missing === undefined) {
    return undefined;
  }
  const bins = column.kind === 'numeric' ? column.cuts.length + 1 : column.categories.length + 1;
  if (counts.length !== bins) {
    problems.add(
      `${path}.counts`,
      `expected ${bins} counts (one per bin or category, then other), got ${counts.length}`,
    );
  }
  return { ...column, name, counts, missing } as DriftColumnReference;
}

type KindFields<T> = T extends unknown ? Omit<T, 'name' | 'counts' | 'missing'> : never;

function readNumeric(
  raw: Record<string, unknown>,
  path: string,
  problems: ProfileProblems,
): KindFields<NumericColumnReference> | undefined {
  const cuts = problems
    .array(raw.cuts, `${path}.cuts`)
    ?.map((cut, i) => problems.finite(cut, `${path}.cuts[${i}]`));
  if (
    cuts?.every(
      (cut, i) => cut === undefined || i === 0 || cuts[i - 1] === undefined || cut > cuts[i - 1]!,
    ) === false
  ) {
    problems.add(`${path}.cuts`, 'cuts must be strictly ascending');
  }
  const [min, max, mean, std] = (['min', 'max', 'mean', 'std'] as const).map((field) =>
    problems.finite(raw[field], `${path}.${field}`),
  );
  if (std !== undefined && std < 0) problems.add(`${path}.std`, `must not be negative, got ${std}`);
  if (min !== undefined && max !== undefined && min > max) {
    problems.add(`${path}.min`, `min ${min} exceeds max ${max}`);
  }
  let tailSums: [number, number] | undefined;
  if (raw.tailSums !== undefined) {
    const sums = problems.array(raw.tailSums, `${path}.tailSums`);
    if (sums !== undefined && sums.length !== 2) {
      problems.add(`${path}.tailSums`, `expected 2 sums (first and last bin), got ${sums.length}`);
    }
    const [low, high] = (sums ?? []).map((sum, i) =>
      problems.finite(sum, `${path}.tailSums[${i}]`),
    );
    if (low !== undefined && high !== undefined) tailSums = [low, high];
  }
  if (cuts === undefined || cuts.includes(undefined) || [min, max, mean, std].includes(undefined)) {
    return undefined;
  }
  return {
    ...{ kind: 'numeric', cuts: cuts as number[], min: min!, max: max!, mean: mean!, std: std! },
    ...(tailSums ? { tailSums } : {}),
  };
}

function readCategorical(
  raw: Record<string, unknown>,
  path: string,
  problems: ProfileProblems,
): KindFields<CategoricalColumnReference> | undefined {
  const categories = problems.array(raw.categories, `${path}.categories`)?.map((category, i) => {
    if (typeof category === 'string') return category;
    problems.add(`${path}.categories[${i}]`, `expected a string, got ${JSON.stringify(category)}`);
    return undefined;
  });
  if (categories !== undefined) {
    if (categories.length > DRIFT_MAX_CATEGORIES) {
      problems.add(
        `${path}.categories`,
        `at most ${DRIFT_MAX_CATEGORIES} categories, got ${categories.length}`,
      );
    }
    if (new Set(categories).size !== categories.length) {
      problems.add(`${path}.categories`, 'categories must be distinct');
    }
  }
  let derivedFrom: CategoricalColumnReference['derivedFrom'];
  if (raw.derivedFrom !== undefined) {
    const from = problems.object(raw.derivedFrom, `${path}.derivedFrom`);
    const column = from && problems.string(from.column, `${path}.derivedFrom.column`);
    const part = from?.part as TimestampPart;
    if (from && !TIMESTAMP_PARTS.includes(part)) {
      problems.add(
        `${path}.derivedFrom.part`,
        `expected 'hour' or 'weekday', got ${JSON.stringify(from.part)}`,
      );
    }
    if (column !== undefined && TIMESTAMP_PARTS.includes(part)) derivedFrom = { column, part };
  }
  if (categories === undefined || categories.includes(undefined)) return undefined;
  return {
    kind: 'categorical',
    categories: categories as string[],
    ...(derivedFrom ? { derivedFrom } : {}),
  };
}

function readCounts(value: unknown, path: string, problems: ProfileProblems): number[] | undefined {
  const counts = problems
    .array(value, path)
    ?.map((count, i) => problems.count(count, `${path}[${i}]`));
  if (counts === undefined || counts.includes(undefined)) return undefined;
  return counts as number[];
}

function invalidReference(problems: ProfileProblem[]): PlatformError {
  const listed = problems.map((p) => `${p.path}: ${p.problem}`).join('; ');
  return new PlatformError(
    StatsErrorCode.InvalidProfile,
    `The drift reference is invalid (${listed}); rebuild it with buildDriftReference from the training split.`,
    { kind: ErrorKind.InvalidInput, retriable: false, details: { problems } },
  );
}
