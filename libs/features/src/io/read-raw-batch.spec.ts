import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { sqlString, TabularSession } from '@loopline/tabular';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { Problem } from '../errors/problem';
import type { RawColumn } from '../transform/raw-batch';
import { readRawBatch } from './read-raw-batch';

const FLIGHTS = join(__dirname, '../../../../node_modules/vega-datasets/data/flights-3m.parquet');
const JAN_1 = Date.UTC(2024, 0, 1);
const HOUR = 3_600_000;
const NaN_ = Number.NaN;

const values = (column: RawColumn | undefined): number[] => {
  assert.ok(column && column.type !== 'categorical');
  return [...column.values];
};
const categories = (column: RawColumn | undefined): (string | null)[] => {
  assert.ok(column?.type === 'categorical');
  return [...column.codes].map((code) => (code === -1 ? null : column.dictionary[code]));
};

async function invalidInputProblems(read: Promise<unknown>): Promise<Problem[]> {
  const error = await read.then(
    () => assert.fail('expected FEATURES.INVALID_INPUT'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof PlatformError);
  assert.equal(error.code, FeaturesErrorCode.InvalidInput);
  return error.details.problems as Problem[];
}

describe('readRawBatch', () => {
  let session: TabularSession;
  before(async () => {
    session = await TabularSession.open();
    await session.run(`CREATE TABLE t AS SELECT * FROM (VALUES
      (1, 1.5::DOUBLE, 3::BIGINT, TIMESTAMP '2024-01-01', DATE '2024-01-02', TIMESTAMPTZ '2024-01-01 01:00:00+01', '2024-01-01T02:00:00+02:00', 'b', 7, true, '12.5'),
      (2, 'nan'::DOUBLE, NULL, NULL, NULL, NULL, '2024-01-01T00:00:00Z', NULL, NULL, NULL, NULL),
      (3, 'inf'::DOUBLE, -4, 'infinity'::TIMESTAMP, '-infinity'::DATE, NULL, '2024-01-01 01:00:00', 'a', 7, false, ' -3 '),
      (4, '-inf'::DOUBLE, 0, TIMESTAMP '2024-01-01 00:00:00.25', NULL, NULL, 'not a time', '', 10, true, NULL),
      (5, NULL, 5, NULL, NULL, NULL, NULL, 'b', NULL, NULL, '1e3')
    ) AS v(i, d, k, ts, day, tz, iso, s, n, flag, txt)`);
  });
  after(() => session.close());

  it('reads every kind of missing value as NaN or -1, present ones exactly', async () => {
    const batch = await readRawBatch(session, 't', [
      { name: 'd', type: 'numeric' },
      { name: 'k', type: 'numeric' },
      { name: 'flag', type: 'numeric' },
      { name: 'txt', type: 'numeric' },
      { name: 'ts', type: 'timestamp' },
      { name: 'day', type: 'timestamp' },
      { name: 'tz', type: 'timestamp' },
      { name: 'iso', type: 'timestamp' },
      { name: 's', type: 'categorical' },
      { name: 'n', type: 'categorical' },
    ]);
    assert.equal(batch.rowCount, 5);
    assert.deepEqual(values(batch.columns.d), [1.5, NaN_, NaN_, NaN_, NaN_]);
    assert.deepEqual(values(batch.columns.k), [3, NaN_, -4, 0, 5]);
    assert.deepEqual(values(batch.columns.flag), [1, NaN_, 0, 1, NaN_]);
    assert.deepEqual(values(batch.columns.txt), [12.5, NaN_, -3, NaN_, 1000]);
    assert.deepEqual(values(batch.columns.ts), [JAN_1, NaN_, NaN_, JAN_1 + 250, NaN_]);
    assert.deepEqual(values(batch.columns.day), [JAN_1 + 24 * HOUR, NaN_, NaN_, NaN_, NaN_]);
    assert.deepEqual(values(batch.columns.tz), [JAN_1, NaN_, NaN_, NaN_, NaN_]);
    // The offset applies; no offset means UTC; unparseable text is missing.
    assert.deepEqual(values(batch.columns.iso), [JAN_1, JAN_1, JAN_1 + HOUR, NaN_, NaN_]);
    assert.deepEqual(categories(batch.columns.s), ['b', null, 'a', '', 'b']);
    const s = batch.columns.s;
    assert.ok(s.type === 'categorical');
    assert.deepEqual(s.dictionary, ['', 'a', 'b']);
    assert.deepEqual([...s.codes], [2, -1, 1, 0, 2]);
    assert.deepEqual(categories(batch.columns.n), ['7', null, '7', '10', null]);
  });

  it('reads booleans as categories by their text', async () => {
    const batch = await readRawBatch(session, 't', [{ name: 'flag', type: 'categorical' }]);
    assert.deepEqual(categories(batch.columns.flag), ['true', null, 'false', 'true', null]);
  });

  it('filters and orders rows, and reads an empty result', async () => {
    const batch = await readRawBatch(session, 't', [{ name: 'i', type: 'numeric' }], {
      where: 'k IS NOT NULL',
      orderBy: ['k'],
    });
    assert.deepEqual(values(batch.columns.i), [3, 4, 1, 5]);
    const none = await readRawBatch(session, 't', [{ name: 's', type: 'categorical' }], {
      where: 'false',
    });
    assert.equal(none.rowCount, 0);
    assert.deepEqual(categories(none.columns.s), []);
    assert.deepEqual(await readRawBatch(session, 't', []), { rowCount: 5, columns: {} });
  });

  it('names every missing or mistyped column and every unparseable number', async () => {
    const problems = await invalidInputProblems(
      readRawBatch(session, 't', [
        { name: 'nope', type: 'numeric' },
        { name: 'i', type: 'timestamp' },
        { name: 'ts', type: 'categorical' },
        { name: 'iso', type: 'numeric' },
      ]),
    );
    assert.deepEqual(
      problems.map((p) => p.path),
      ['nope', 'i', 'ts'],
    );
    assert.match(problems[1].message, /INTEGER/);
    const unparseable = await invalidInputProblems(
      readRawBatch(session, 't', [{ name: 'iso', type: 'numeric' }]),
    );
    assert.deepEqual(unparseable, [
      { path: 'iso', message: 'is VARCHAR with 4 value(s) that are not numbers' },
    ]);
  });

  it('finds nulls across chunk boundaries and leaves no enum types behind', async () => {
    const n = 10_000;
    const batch = await readRawBatch(
      session,
      `(SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE i END AS x, ` +
        `CASE WHEN i % 5 = 0 THEN NULL ELSE 'c' || (i % 3) END AS c FROM range(${n}) r(i))`,
      [
        { name: 'x', type: 'numeric' },
        { name: 'c', type: 'categorical' },
      ],
    );
    const expectedX = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? NaN_ : i));
    assert.deepEqual(values(batch.columns.x), expectedX);
    const expectedC = Array.from({ length: n }, (_, i) => (i % 5 === 0 ? null : `c${i % 3}`));
    assert.deepEqual(categories(batch.columns.c), expectedC);
    const types = await session.rows(
      `SELECT type_name FROM duckdb_types() WHERE type_name LIKE 'loopline_raw_%'`,
    );
    assert.deepEqual(types, []);
  });

  it('reads flights-3m fully and agrees with rows()', async () => {
    const relation = `read_parquet(${sqlString(FLIGHTS)})`;
    const started = performance.now();
    const batch = await readRawBatch(session, relation, [
      { name: 'date', type: 'timestamp' },
      { name: 'delay', type: 'numeric' },
      { name: 'distance', type: 'numeric' },
      { name: 'origin', type: 'categorical' },
      { name: 'destination', type: 'categorical' },
    ]);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `readRawBatch flights-3m: ${batch.rowCount} rows × 5 columns in ${seconds.toFixed(2)} s`,
    );
    assert.equal(batch.rowCount, 3_000_000);
    const rows = await session.rows(`SELECT * FROM ${relation} LIMIT 5 OFFSET 2999990`);
    const read = Object.fromEntries(
      Object.entries(batch.columns).map(([name, column]) => [
        name,
        column.type === 'categorical' ? categories(column) : values(column),
      ]),
    );
    rows.forEach((row, j) => {
      for (const name of Object.keys(read))
        assert.equal(read[name][2_999_990 + j], row[name], name);
    });
  });
});
