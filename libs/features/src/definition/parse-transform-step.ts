import type { Problem } from '../errors/problem';
import type {
  DatetimeEncoding,
  DatetimePart,
  TransformKind,
  TransformStep,
} from './feature-view-definition';
import { FieldReader, itemPath, numberFault } from './field-reader';

const KINDS: readonly TransformKind[] = [
  'impute',
  'clip',
  'log1p',
  'standardize',
  'min_max',
  'bucketize',
  'one_hot',
  'hash',
  'datetime_part',
];
const FIELDS_BY_KIND: Record<TransformKind, readonly string[]> = {
  impute: ['kind', 'strategy', 'value', 'indicator'],
  clip: ['kind', 'min', 'max'],
  log1p: ['kind'],
  standardize: ['kind'],
  min_max: ['kind'],
  bucketize: ['kind', 'boundaries', 'quantiles'],
  one_hot: ['kind', 'maxCategories', 'minCount'],
  hash: ['kind', 'buckets'],
  datetime_part: ['kind', 'part', 'encoding'],
};
const IMPUTE_STRATEGIES = ['mean', 'median', 'constant'] as const;
const PARTS: readonly DatetimePart[] = ['hour', 'weekday', 'month', 'day_of_year', 'season'];
const ENCODINGS: readonly DatetimeEncoding[] = ['cyclical', 'one_hot', 'ordinal'];
/** Bounds keep a feature's tensor width sane; beyond them a different encoding is the fix. */
const MAX_BOUNDARIES = 256;
const QUANTILES = { min: 2, max: 100 };
const MAX_CATEGORIES = 1000;
const HASH_BUCKETS = { min: 2, max: 4096 };

/**
 * Parses one transform step at `path` with defaults filled (`impute.indicator` false,
 * `one_hot.minCount` 1). Null when it is not an object or its kind is not known; otherwise a
 * step (with stand-in values for invalid parameters, every fault recorded), so the chain's
 * shape can still be checked.
 */
export function parseTransformStep(
  raw: unknown,
  path: string,
  problems: Problem[],
): TransformStep | null {
  const fields = FieldReader.at(raw, path, problems);
  if (fields === null) return null;
  const kind = fields.oneOf('kind', KINDS, { required: true });
  if (kind === null) return null;
  fields.allowOnly(FIELDS_BY_KIND[kind], ` for a ${kind} step`);
  switch (kind) {
    case 'impute':
      return readImpute(fields);
    case 'clip':
      return readClip(fields);
    case 'log1p':
    case 'standardize':
    case 'min_max':
      return { kind };
    case 'bucketize':
      return readBucketize(fields);
    case 'one_hot':
      return {
        kind,
        maxCategories:
          fields.number('maxCategories', {
            required: true,
            integer: true,
            min: 1,
            max: MAX_CATEGORIES,
          }) ?? 1,
        minCount: fields.number('minCount', { integer: true, min: 1 }) ?? 1,
      };
    case 'hash':
      return {
        kind,
        buckets:
          fields.number('buckets', { required: true, integer: true, ...HASH_BUCKETS }) ??
          HASH_BUCKETS.min,
      };
    case 'datetime_part':
      return {
        kind,
        part: fields.oneOf('part', PARTS, { required: true }) ?? 'hour',
        encoding: fields.oneOf('encoding', ENCODINGS, { required: true }) ?? 'ordinal',
      };
  }
}

function readImpute(fields: FieldReader): TransformStep {
  const strategy = fields.oneOf('strategy', IMPUTE_STRATEGIES, { required: true }) ?? 'mean';
  const indicator = fields.boolean('indicator', false);
  if (strategy !== 'constant') {
    if (fields.has('value')) {
      fields.problem(
        'value',
        `is only for strategy 'constant'; remove it (strategy '${strategy}' fits its value on the training split)`,
      );
    }
    return { kind: 'impute', strategy, indicator };
  }
  const value = fields.number('value', { required: true }) ?? 0;
  return { kind: 'impute', strategy, value, indicator };
}

function readClip(fields: FieldReader): TransformStep {
  const min = fields.number('min');
  const max = fields.number('max');
  if (!fields.has('min') && !fields.has('max')) {
    fields.problem('', 'a clip step needs min or max (or both); set the bounds to clip to');
  } else if (min !== null && max !== null && min >= max) {
    fields.problem('max', `must be greater than min (got min ${min}, max ${max})`);
  }
  return {
    kind: 'clip',
    ...(min === null ? {} : { min }),
    ...(max === null ? {} : { max }),
  };
}

function readBucketize(fields: FieldReader): TransformStep {
  const hasBoundaries = fields.has('boundaries');
  const hasQuantiles = fields.has('quantiles');
  if (hasBoundaries === hasQuantiles) {
    fields.problem(
      '',
      hasBoundaries
        ? 'set either boundaries or quantiles, not both'
        : 'needs boundaries (declared bucket edges) or quantiles (a number of equal-frequency buckets)',
    );
  }
  if (hasQuantiles) {
    const quantiles =
      fields.number('quantiles', { required: true, integer: true, ...QUANTILES }) ?? QUANTILES.min;
    if (!hasBoundaries) return { kind: 'bucketize', quantiles };
  }
  return { kind: 'bucketize', boundaries: readBoundaries(fields) };
}

/** 1 to 256 finite numbers, strictly increasing: bucket i holds values in [b[i-1], b[i]). */
function readBoundaries(fields: FieldReader): number[] {
  const raw = fields.array('boundaries');
  if (raw === null) return [];
  const path = fields.pathOf('boundaries');
  if (raw.length === 0 || raw.length > MAX_BOUNDARIES) {
    fields.problem(
      'boundaries',
      `must list 1 to ${MAX_BOUNDARIES} bucket edges (got ${raw.length})`,
    );
  }
  raw.forEach((value, i) => {
    const fault = numberFault(value, {});
    const previous = raw[i - 1];
    if (fault !== null) {
      fields.problems.push({ path: itemPath(path, i), message: fault });
    } else if (i > 0 && typeof previous === 'number' && (value as number) <= previous) {
      fields.problems.push({
        path: itemPath(path, i),
        message: `must be greater than the edge before it (${previous}); list edges in increasing order, each once`,
      });
    }
  });
  return raw.filter((value): value is number => typeof value === 'number');
}
