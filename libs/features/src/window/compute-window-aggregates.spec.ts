import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { RawBatch } from '../transform/raw-batch';
import { computeWindowAggregates } from './compute-window-aggregates';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 10);

function windowView(windowDays: number): FeatureViewDefinition {
  return {
    name: 'test-view',
    description: '',
    owner: 'test',
    source: { dataset: 'flights' },
    entity: { column: 'origin' },
    eventTime: { column: 'date' },
    label: null,
    aggregations: [
      { name: 'n', function: 'count', windowDays },
      { name: 'mean_delay', function: 'mean', column: 'delay', windowDays },
      {
        name: 'late_rate',
        function: 'rate',
        column: 'delay',
        when: { op: '>', value: 15 },
        windowDays,
      },
    ],
    features: [],
    split: { strategy: 'time', fractions: { train: 0.7, validation: 0.15, test: 0.15 }, seed: 1 },
  };
}

/** Rows by name: [entity (null missing), time, delay]. Each leak would change row `r0`'s values. */
const ROWS: Record<string, [string | null, number, number]> = {
  r0: ['A', T0, 4000], // the row itself: must not count
  edge: ['A', T0 - DAY, 10], // exactly one window old: inside
  old: ['A', T0 - DAY - 1, 1000], // one ms older: outside
  recent: ['A', T0 - 1, 20],
  noDelay: ['A', T0 - 100, NaN], // counted, but not in mean or rate
  sameInstant: ['A', T0, 5000], // at t: outside
  future: ['A', T0 + 1, 7000],
  otherEntity: ['B', T0 - 10, 100_000],
  noEntity: [null, T0 - 5, 300_000],
  noTime: ['A', NaN, 600_000],
  cFirst: ['C', T0, NaN],
  cSecond: ['C', T0 + 3_600_000, 30],
};

function batchOf(names: string[], dictionary = ['C', 'A', 'B']): RawBatch {
  const rows = names.map((name) => ROWS[name]);
  return {
    rowCount: rows.length,
    columns: {
      origin: {
        type: 'categorical',
        codes: Int32Array.from(rows, ([e]) => (e === null ? -1 : dictionary.lastIndexOf(e))),
        dictionary,
      },
      date: { type: 'timestamp', values: Float64Array.from(rows, (r) => r[1]) },
      delay: { type: 'numeric', values: Float64Array.from(rows, (r) => r[2]) },
    },
  };
}

function valuesByName(names: string[], dictionary?: string[]): Record<string, number[]> {
  const out = computeWindowAggregates(windowView(1), batchOf(names, dictionary));
  return Object.fromEntries(
    names.map((name, i) => [name, [out.n[i], out.mean_delay[i], out.late_rate[i]]]),
  );
}

/** [count, mean delay, late rate] per row, worked out by hand from the window rule. */
const EXPECTED: Record<string, number[]> = {
  r0: [3, (10 + 20) / 2, 1 / 2], // edge, noDelay, recent
  sameInstant: [3, (10 + 20) / 2, 1 / 2], // as r0
  edge: [1, 1000, 1], // old
  old: [0, NaN, NaN],
  noDelay: [2, (1000 + 10) / 2, 1 / 2], // old, edge
  recent: [3, (1000 + 10) / 2, 1 / 2], // old (exactly one window older: inside), edge, noDelay
  future: [4, (20 + 4000 + 5000) / 3, 1], // noDelay, recent, r0, sameInstant; edge is 1 ms too old
  otherEntity: [0, NaN, NaN],
  noEntity: [0, NaN, NaN],
  noTime: [0, NaN, NaN],
  cFirst: [0, NaN, NaN],
  cSecond: [1, NaN, NaN], // its one earlier row has no delay
};

describe('computeWindowAggregates', () => {
  const names = Object.keys(ROWS);

  it('sees exactly the same entity rows in [t - W, t), with no leak', () => {
    assert.deepEqual(valuesByName(names), EXPECTED);
  });

  it('gives the same values for any row order and dictionary layout', () => {
    // Duplicate and unused dictionary entries still mean one entity per string.
    assert.deepEqual(valuesByName([...names].reverse(), ['zz', 'A', 'C', 'B', 'A']), EXPECTED);
    assert.deepEqual(valuesByName([...names.slice(6), ...names.slice(0, 6)]), EXPECTED);
  });

  it('returns nothing for a view without aggregations', () => {
    assert.deepEqual(
      computeWindowAggregates({ ...windowView(1), aggregations: [] }, batchOf(names)),
      {},
    );
  });

  it('names every mistyped or missing column', () => {
    const batch = batchOf(names);
    batch.columns.date = { type: 'numeric', values: new Float64Array(batch.rowCount) };
    delete batch.columns.delay;
    assert.throws(
      () => computeWindowAggregates(windowView(1), batch),
      (error: unknown) =>
        error instanceof PlatformError &&
        error.code === FeaturesErrorCode.InvalidInput &&
        (error.details.problems as { path: string }[]).map((p) => p.path).join() ===
          'date,delay,delay',
    );
  });

  it('rejects aggregations without an entity or with a non-positive window', () => {
    const isInvalidDefinition = (error: unknown) =>
      error instanceof PlatformError && error.code === FeaturesErrorCode.InvalidDefinition;
    assert.throws(
      () => computeWindowAggregates({ ...windowView(1), entity: null }, batchOf(names)),
      isInvalidDefinition,
    );
    assert.throws(
      () => computeWindowAggregates(windowView(0), batchOf(names)),
      isInvalidDefinition,
    );
  });
});
