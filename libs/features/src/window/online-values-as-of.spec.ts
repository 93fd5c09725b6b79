import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { evaluatePredicate } from '../predicate/evaluate-predicate';
import { seededRandom } from '@loopline/stats';
import type { RawBatch } from '../transform/raw-batch';
import { computeWindowAggregates } from './compute-window-aggregates';
import { onlineValuesAsOf } from './online-values-as-of';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const BASE = Date.UTC(2024, 5, 1);
const LATE = { op: '>=', value: 15 } as const;

const VIEW: FeatureViewDefinition = {
  name: 'random-view',
  description: '',
  owner: 'test',
  source: { dataset: 'd' },
  entity: { column: 'e' },
  eventTime: { column: 't' },
  label: null,
  aggregations: [
    { name: 'n1', function: 'count', windowDays: 1 },
    { name: 'n2', function: 'count', windowDays: 2 },
    { name: 'mean2', function: 'mean', column: 'x', windowDays: 2 },
    { name: 'rate1', function: 'rate', column: 'x', when: LATE, windowDays: 1 },
  ],
  features: [],
  split: { strategy: 'random', fractions: { train: 1, validation: 0, test: 0 }, seed: 0 },
};

interface Row {
  e: string | null;
  t: number;
  x: number;
}

/** Small data dense in ties and rows exactly a window apart (times on whole hours). */
function randomRows(random: () => number): Row[] {
  return Array.from({ length: Math.floor(random() * 300) }, () => ({
    e: random() < 0.05 ? null : 'abcde'[Math.floor(random() * 5)],
    t: random() < 0.05 ? NaN : BASE + Math.floor(random() * 240) * HOUR,
    x: random() < 0.1 ? NaN : Math.floor(random() * 80) - 20,
  }));
}

function batchOf(rows: Row[]): RawBatch {
  const dictionary = ['e', 'unused', 'c', 'a', 'b', 'd', 'a']; // unsorted, with a duplicate
  return {
    rowCount: rows.length,
    columns: {
      e: {
        type: 'categorical',
        codes: Int32Array.from(rows, (r) => (r.e === null ? -1 : dictionary.indexOf(r.e))),
        dictionary,
      },
      t: { type: 'timestamp', values: Float64Array.from(rows, (r) => r.t) },
      x: { type: 'numeric', values: Float64Array.from(rows, (r) => r.x) },
    },
  };
}

/** The window rule written the obvious O(n²) way, straight from the definition's words. */
function bruteForce(rows: Row[], entity: string | null, t: number): number[] {
  return VIEW.aggregations.map((aggregation) => {
    const inside = rows.filter(
      (r) =>
        entity !== null && r.e === entity && r.t >= t - aggregation.windowDays * DAY && r.t < t,
    );
    if (aggregation.function === 'count') return inside.length;
    const present = inside.filter((r) => !Number.isNaN(r.x));
    if (present.length === 0) return NaN;
    const hits = present.map((r) =>
      aggregation.function === 'mean' ? r.x : evaluatePredicate(LATE, r.x) ? 1 : 0,
    );
    return hits.reduce((a, b) => a + b, 0) / present.length;
  });
}

function rowValues(out: Record<string, Float64Array>, row: number): number[] {
  return VIEW.aggregations.map((aggregation) => out[aggregation.name][row]);
}

describe('window kernel against a brute-force reference', () => {
  it('gives every row exactly the brute-force values', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 40; trial++) {
      const rows = randomRows(random);
      const out = computeWindowAggregates(VIEW, batchOf(rows));
      rows.forEach((r, i) =>
        assert.deepEqual(rowValues(out, i), bruteForce(rows, r.e, r.t), `trial ${trial} row ${i}`),
      );
    }
  });

  it('serves online exactly what a row appended at asOf gets offline', () => {
    const random = seededRandom(12);
    for (let trial = 0; trial < 40; trial++) {
      const rows = randomRows(random);
      const timed = rows.filter((r) => !Number.isNaN(r.t));
      const onARow = timed.length > 0 ? timed[Math.floor(random() * timed.length)].t : BASE;
      for (const asOf of [
        onARow,
        onARow + DAY,
        BASE + random() * 12 * DAY,
        BASE - 1,
        BASE + 20 * DAY,
      ]) {
        const online = onlineValuesAsOf(VIEW, batchOf(rows), asOf);
        const entities = [...new Set(rows.flatMap((r) => (r.e === null ? [] : [r.e])))].sort();
        assert.deepEqual(
          online.map((o) => o.entity),
          entities,
        );
        for (const { entity, values } of online) {
          const appended = [...rows, { e: entity, t: asOf, x: 1 }];
          const offline = rowValues(computeWindowAggregates(VIEW, batchOf(appended)), rows.length);
          const served = VIEW.aggregations.map((a) => values[a.name] ?? NaN);
          assert.deepEqual(served, offline, `trial ${trial} entity ${entity} asOf ${asOf}`);
          assert.deepEqual(served, bruteForce(rows, entity, asOf));
        }
      }
    }
  });
});

describe('onlineValuesAsOf', () => {
  const rows: Row[] = [
    { e: 'b', t: BASE, x: 20 },
    { e: 'a', t: BASE + HOUR, x: NaN },
    { e: 'b', t: BASE + 2 * HOUR, x: 10 },
    { e: 'c', t: NaN, x: 10 },
  ];

  it('reports null for a missing mean or rate and keeps entities without timed rows', () => {
    assert.deepEqual(onlineValuesAsOf(VIEW, batchOf(rows), BASE + 2 * HOUR), [
      { entity: 'a', values: { n1: 1, n2: 1, mean2: null, rate1: null } },
      { entity: 'b', values: { n1: 1, n2: 1, mean2: 20, rate1: 1 } },
      { entity: 'c', values: { n1: 0, n2: 0, mean2: null, rate1: null } },
    ]);
  });

  it('is empty without aggregations and rejects a missing asOf', () => {
    assert.deepEqual(onlineValuesAsOf({ ...VIEW, aggregations: [] }, batchOf(rows), BASE), []);
    assert.throws(
      () => onlineValuesAsOf(VIEW, batchOf(rows), NaN),
      (error: unknown) =>
        error instanceof PlatformError && error.code === FeaturesErrorCode.InvalidInput,
    );
  });
});
