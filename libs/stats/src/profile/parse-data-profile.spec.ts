import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { type DataProfile, PROFILE_QUANTILE_LEVELS } from './data-profile';
import { parseDataProfile } from './parse-data-profile';
import type { ProfileProblem } from './profile-problems';

/** Bins of width 1 over [0, 20] holding the values 0, 10 and 20 (in the closed last bin). */
const oneTenTwenty = {
  edges: Array.from({ length: 21 }, (_, i) => i),
  counts: Array.from({ length: 20 }, (_, i) => (i === 0 || i === 10 || i === 19 ? 1 : 0)),
};

/** Four rows: x = 0, 10, 20, null; c = a, a, a, b; b = true, true, null, null; e all null; k = 5. */
function validProfile(): DataProfile {
  return {
    format: 'loopline.data-profile/v1',
    rowCount: 4,
    columns: [
      {
        name: 'x',
        kind: 'numeric',
        sqlType: 'INTEGER',
        count: 3,
        missing: 1,
        distinct: 3,
        numeric: {
          min: 0,
          max: 20,
          mean: 10,
          std: 10,
          // Linear interpolation at position q * (n - 1) = 2q between 0, 10 and 20.
          quantiles: [0.2, 1, 5, 10, 15, 19, 19.8].map((value, i) => ({
            q: PROFILE_QUANTILE_LEVELS[i],
            value,
          })),
          histogram: oneTenTwenty,
        },
        categorical: null,
      },
      {
        name: 'c',
        kind: 'categorical',
        sqlType: 'VARCHAR',
        count: 4,
        missing: 0,
        distinct: 2,
        numeric: null,
        categorical: {
          topK: [
            { value: 'a', count: 3 },
            { value: 'b', count: 1 },
          ],
          otherCount: 0,
        },
      },
      {
        name: 'b',
        kind: 'boolean',
        sqlType: 'BOOLEAN',
        count: 2,
        missing: 2,
        distinct: 1,
        numeric: null,
        categorical: { topK: [{ value: 'true', count: 2 }], otherCount: 0 },
      },
      {
        name: 'e',
        kind: 'numeric',
        sqlType: 'DOUBLE',
        count: 0,
        missing: 4,
        distinct: 0,
        numeric: null,
        categorical: null,
      },
      {
        name: 'k',
        kind: 'numeric',
        sqlType: 'BIGINT',
        count: 4,
        missing: 0,
        distinct: 1,
        numeric: {
          min: 5,
          max: 5,
          mean: 5,
          std: 0,
          quantiles: PROFILE_QUANTILE_LEVELS.map((q) => ({ q, value: 5 })),
          histogram: { edges: [5, 5], counts: [4] },
        },
        categorical: null,
      },
    ],
  };
}

/** The problems `parseDataProfile` reports for `json`, failing if it accepts it. */
function problemsOf(json: unknown): ProfileProblem[] {
  try {
    parseDataProfile(json);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, StatsErrorCode.InvalidProfile);
    assert.equal(error.kind, ErrorKind.InvalidInput);
    return error.details.problems as ProfileProblem[];
  }
  assert.fail('the profile was accepted');
}

const paths = (json: unknown) => problemsOf(json).map((problem) => problem.path);

describe('parseDataProfile', () => {
  it('accepts a valid profile as it was written, through a JSON round trip', () => {
    const profile = validProfile();
    assert.deepEqual(parseDataProfile(JSON.parse(JSON.stringify(profile))), profile);
  });

  it('keeps only the format fields', () => {
    const json = { ...validProfile(), extra: 1 };
    json.columns[0] = { ...json.columns[0], note: 'x' } as never;
    assert.deepEqual(parseDataProfile(json), validProfile());
  });

  it('names every problem at once, by path', () => {
    const json = validProfile() as unknown as Record<string, unknown> & DataProfile;
    (json as Record<string, unknown>).format = 'loopline.data-profile/v0';
    json.columns[0].numeric!.std = -1;
    json.columns[0].numeric!.quantiles[3].q = 0.4;
    json.columns[1].count = 5;
    (json.columns[2].kind as string) = 'text';
    json.columns[4].name = 'x';
    assert.deepEqual(paths(json), [
      'format',
      'columns[0].numeric.std',
      'columns[0].numeric.quantiles[3].q',
      'columns[1].count',
      'columns[1].categorical',
      'columns[2].kind',
      'columns[4].name',
    ]);
  });

  it('rejects what is not a profile', () => {
    assert.deepEqual(paths(null), ['profile']);
    assert.deepEqual(paths([]), ['profile']);
    assert.deepEqual(paths({ format: 'loopline.data-profile/v1' }), ['rowCount', 'columns']);
  });

  it('requires counts to add up and distinct to fit them', () => {
    const json = validProfile();
    json.columns[0].missing = 2;
    json.columns[1].distinct = 5;
    json.columns[4].distinct = 0;
    json.columns[0].numeric!.histogram = { ...oneTenTwenty, counts: [...oneTenTwenty.counts] };
    json.columns[0].numeric!.histogram.counts[5] = 1;
    assert.deepEqual(paths(json), [
      'columns[0].count',
      'columns[0].numeric.histogram.counts',
      'columns[1].distinct',
      'columns[4].distinct',
    ]);
  });

  it('requires the summary that fits the kind, and only when there are values', () => {
    const json = validProfile();
    json.columns[0].numeric = null;
    json.columns[1].numeric = json.columns[4].numeric;
    json.columns[3].categorical = { topK: [], otherCount: 0 };
    assert.deepEqual(
      problemsOf(json).map((problem) => `${problem.path}: ${problem.problem}`),
      [
        'columns[0].numeric: required for a numeric column with values',
        'columns[1].numeric: must be null: this categorical column is not summarised as numeric',
        'columns[3].categorical: must be null: this numeric column is not summarised as categorical',
      ],
    );
  });

  it('requires histograms of fixed width over [min, max] with one bin for a constant', () => {
    const json = validProfile();
    json.columns[0].numeric!.histogram = { edges: [0, 10, 20], counts: [1, 2] };
    json.columns[4].numeric!.histogram = { edges: [5, 5, 5], counts: [4, 0] };
    json.columns[4].numeric!.max = 6;
    assert.deepEqual(paths(json), [
      'columns[0].numeric.histogram.counts',
      'columns[4].numeric.histogram.edges',
      'columns[4].numeric.histogram.counts',
    ]);
  });

  it('requires top values most frequent first, ties by value, the rest in otherCount', () => {
    const json = validProfile();
    json.columns[1].categorical = {
      topK: [
        { value: 'b', count: 2 },
        { value: 'a', count: 2 },
      ],
      otherCount: 0,
    };
    json.columns[2].categorical = { topK: [{ value: 'yes', count: 1 }], otherCount: 1 };
    assert.deepEqual(paths(json), [
      'columns[1].categorical.topK[1]',
      'columns[2].categorical.topK[0].value',
      'columns[2].categorical.otherCount',
    ]);
  });

  it('orders equal counts by code point, as the engine sorts text', () => {
    const json = validProfile();
    // U+FF5E sorts before U+1F600 by code point, after it by UTF-16 unit.
    json.columns[1].categorical = {
      topK: [
        { value: '\uff5e', count: 2 },
        { value: '\u{1f600}', count: 2 },
      ],
      otherCount: 0,
    };
    assert.equal(parseDataProfile(json).columns[1].categorical?.topK[1].value, '\u{1f600}');
  });

  it('rejects non-finite numbers that JSON cannot carry', () => {
    const json = validProfile();
    json.columns[0].numeric!.mean = NaN;
    json.columns[0].numeric!.histogram = { ...oneTenTwenty, edges: [...oneTenTwenty.edges] };
    json.columns[0].numeric!.histogram.edges[3] = Infinity;
    assert.deepEqual(paths(json), [
      'columns[0].numeric.mean',
      'columns[0].numeric.histogram.edges[3]',
    ]);
  });
});
