import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { type ColumnProfile, type DataProfile, parseDataProfile } from '@loopline/stats';
import { TabularSession } from '../session/tabular-session';
import { profileRelation } from './profile-relation';

const close = (actual: number | undefined, expected: number) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
    `${actual} != ${expected}`,
  );

const DAY_MS = 86_400_000;
const JAN_1_2024_MS = Date.UTC(2024, 0, 1);

describe('profileRelation', () => {
  let session: TabularSession;
  let profile: DataProfile;
  const column = (name: string): ColumnProfile => {
    const found = profile.columns.find((c) => c.name === name);
    assert.ok(found, `no column ${name}`);
    return found;
  };

  before(async () => {
    session = await TabularSession.open();
    await session.run(`CREATE TABLE sample AS SELECT * FROM (VALUES
      (1,    0.5::DOUBLE,     'b',  true,  7::BIGINT, TIMESTAMP '2024-01-01', DATE '2024-01-02', TIMESTAMPTZ '2024-01-01 01:00:00+01', 1.25::DECIMAL(5, 2)),
      (2,    'nan'::DOUBLE,   'a',  false, 7,         TIMESTAMP '2024-01-03', NULL,              NULL,                                 NULL),
      (3,    'inf'::DOUBLE,   'b',  true,  7,         'infinity'::TIMESTAMP, NULL,              NULL,                                 NULL),
      (4,    -1.5::DOUBLE,    NULL, true,  7,         NULL,                  NULL,              NULL,                                 NULL),
      (NULL, NULL,            'c',  NULL,  7,         NULL,                  NULL,              NULL,                                 NULL)
    ) AS t("i", "d", "we""ird name", "flag", "k", "ts", "day", "tz", "money")`);
    profile = await profileRelation(session, 'sample');
  });

  after(() => session.close());

  it('writes a profile that reads back valid, one column per relation column in order', () => {
    assert.deepEqual(parseDataProfile(JSON.parse(JSON.stringify(profile))), profile);
    assert.equal(profile.rowCount, 5);
    assert.deepEqual(
      profile.columns.map((c) => [c.name, c.kind, c.sqlType]),
      [
        ['i', 'numeric', 'INTEGER'],
        ['d', 'numeric', 'DOUBLE'],
        ['we"ird name', 'categorical', 'VARCHAR'],
        ['flag', 'boolean', 'BOOLEAN'],
        ['k', 'numeric', 'BIGINT'],
        ['ts', 'timestamp', 'TIMESTAMP'],
        ['day', 'timestamp', 'DATE'],
        ['tz', 'timestamp', 'TIMESTAMP WITH TIME ZONE'],
        ['money', 'numeric', 'DECIMAL(5,2)'],
      ],
    );
  });

  it('summarises an integer column: moments, interpolated quantiles, fixed-width bins', () => {
    const i = column('i');
    assert.deepEqual([i.count, i.missing, i.distinct], [4, 1, 4]);
    const summary = i.numeric!;
    assert.deepEqual([summary.min, summary.max, summary.mean], [1, 4, 2.5]);
    close(summary.std, Math.sqrt(5 / 3)); // deviations ±1.5, ±0.5 over n - 1 = 3
    // Position q · (n - 1) = 3q along 1, 2, 3, 4.
    const expected = [1.03, 1.15, 1.75, 2.5, 3.25, 3.85, 3.97];
    summary.quantiles.forEach((quantile, j) => close(quantile.value, expected[j]));
    assert.equal(summary.histogram.edges.length, 21);
    assert.deepEqual([summary.histogram.edges[0], summary.histogram.edges[20]], [1, 4]);
    // Width 0.15: 2 lies in [1.9, 2.05) = bin 6, 3 in [2.95, 3.1) = bin 13, 4 in the closed last bin.
    assert.deepEqual(nonEmptyBins(summary.histogram.counts), { 0: 1, 6: 1, 13: 1, 19: 1 });
  });

  it('counts NaN and infinities as missing in a float column', () => {
    const d = column('d');
    assert.deepEqual([d.count, d.missing, d.distinct], [2, 3, 2]);
    const summary = d.numeric!;
    assert.deepEqual([summary.min, summary.max, summary.mean], [-1.5, 0.5, -0.5]);
    close(summary.std, Math.SQRT2);
    assert.deepEqual(nonEmptyBins(summary.histogram.counts), { 0: 1, 19: 1 });
  });

  it('gives a constant column one zero-width bin and no spread', () => {
    const summary = column('k').numeric!;
    assert.deepEqual(summary.histogram, { edges: [7, 7], counts: [5] });
    assert.equal(summary.std, 0);
    assert.ok(summary.quantiles.every((quantile) => quantile.value === 7));
  });

  it('summarises text by its most frequent values, ties by value, quoting any column name', () => {
    const text = column('we"ird name');
    assert.deepEqual([text.count, text.missing, text.distinct], [4, 1, 3]);
    assert.deepEqual(text.categorical, {
      topK: [
        { value: 'b', count: 2 },
        { value: 'a', count: 1 },
        { value: 'c', count: 1 },
      ],
      otherCount: 0,
    });
    assert.equal(text.numeric, null);
  });

  it('summarises booleans as the values true and false', () => {
    const flag = column('flag');
    assert.deepEqual([flag.count, flag.missing, flag.distinct], [4, 1, 2]);
    assert.deepEqual(flag.categorical?.topK, [
      { value: 'true', count: 3 },
      { value: 'false', count: 1 },
    ]);
  });

  it('summarises timestamps and dates in epoch milliseconds, infinity as missing', () => {
    const ts = column('ts');
    assert.deepEqual([ts.count, ts.missing], [2, 3]);
    assert.deepEqual(
      [ts.numeric?.min, ts.numeric?.max],
      [JAN_1_2024_MS, JAN_1_2024_MS + 2 * DAY_MS],
    );
    assert.equal(ts.numeric?.mean, JAN_1_2024_MS + DAY_MS);
    // A single value: sample deviation undefined, reported as 0.
    const day = column('day').numeric!;
    assert.deepEqual([day.min, day.std], [JAN_1_2024_MS + DAY_MS, 0]);
    assert.equal(column('tz').numeric?.min, JAN_1_2024_MS);
    assert.equal(column('money').numeric?.mean, 1.25);
  });

  it('puts a value lying on an edge in the bin that edge opens', async () => {
    // Over [1, 3] the width is 0.1 and edge 2 is 1 + 2 · 0.1 = 1.2 exactly, while
    // floor((1.2 - 1) / 0.1) = floor(1.9999999999999996) = 1.
    const edge = await profileRelation(session, '(SELECT unnest([1, 1.2, 3]::DOUBLE[]) AS x)');
    const histogram = edge.columns[0].numeric!.histogram;
    assert.equal(histogram.edges[2], 1.2);
    assert.deepEqual(nonEmptyBins(histogram.counts), { 0: 1, 2: 1, 19: 1 });
  });

  it('keeps the top 20 values and sums the rest as other', async () => {
    // v0 … v4 twice, v5 … v24 once; equal counts ordered as text (v10 < v5).
    const many = await profileRelation(
      session,
      `(SELECT 'v' || (i % 25) AS v FROM range(30) t(i))`,
    );
    const summary = many.columns[0].categorical!;
    assert.deepEqual(
      summary.topK.map((entry) => `${entry.value}:${entry.count}`),
      [
        ...['v0', 'v1', 'v2', 'v3', 'v4'].map((v) => `${v}:2`),
        ...Array.from({ length: 15 }, (_, j) => `v${10 + j}:1`),
      ],
    );
    assert.equal(summary.otherCount, 5);
    assert.equal(many.columns[0].distinct, 25);
  });

  it('profiles an empty table as counts of 0 and no summaries', async () => {
    await session.run('CREATE TABLE empty (x INTEGER, s VARCHAR, t TIMESTAMP)');
    const empty = await profileRelation(session, 'empty');
    assert.equal(empty.rowCount, 0);
    for (const c of empty.columns) {
      assert.deepEqual(
        [c.count, c.missing, c.distinct, c.numeric, c.categorical],
        [0, 0, 0, null, null],
      );
    }
    assert.deepEqual(parseDataProfile(empty), empty);
  });

  it('profiles a table function as well as a table', async () => {
    const range = await profileRelation(session, 'range(10)');
    assert.deepEqual([range.rowCount, range.columns[0].numeric?.max], [10, 9]);
  });
});

function nonEmptyBins(counts: number[]): Record<number, number> {
  return Object.fromEntries(counts.flatMap((count, bin) => (count > 0 ? [[bin, count]] : [])));
}
