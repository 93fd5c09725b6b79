import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type ColumnProfile,
  type DataProfile,
  profileColumns,
  type ProfileInput,
} from '@loopline/stats';
import { profileRelation, sqlString, TabularSession } from '@loopline/tabular';
import type { RawColumnType } from '../transform/raw-batch';
import { readRawBatch } from './read-raw-batch';

const FLIGHTS = join(__dirname, '../../../../node_modules/vega-datasets/data/flights-3m.parquet');

const close = (actual: number, expected: number, what: string) =>
  assert.ok(
    Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} != ${expected}`,
  );

/** Profiles the relation in TypeScript, reading it as the materializer would. */
async function profileInTypeScript(
  session: TabularSession,
  relation: string,
): Promise<DataProfile> {
  const described = await session.rows<{ column_name: string; column_type: string }>(
    `DESCRIBE SELECT * FROM ${relation}`,
  );
  const typeOf = (sqlType: string): RawColumnType =>
    /^(DATE|TIMESTAMP)/.test(sqlType)
      ? 'timestamp'
      : sqlType === 'VARCHAR'
        ? 'categorical'
        : 'numeric';
  const requests = described.map((row) => ({
    name: row.column_name,
    type: typeOf(row.column_type),
  }));
  const batch = await readRawBatch(session, relation, requests);
  const inputs = described.map((row): ProfileInput => {
    const column = batch.columns[row.column_name];
    const sqlType = row.column_type;
    if (column.type === 'categorical') {
      return {
        name: row.column_name,
        kind: 'categorical',
        sqlType,
        codes: column.codes,
        labels: column.dictionary,
      };
    }
    return { name: row.column_name, kind: column.type, sqlType, values: column.values };
  });
  return profileColumns(batch.rowCount, inputs);
}

/** Equal within 1e-9 for statistics, exactly for counts; numeric distinct checked apart. */
function assertSameColumn(ts: ColumnProfile, duck: ColumnProfile): void {
  const { distinct: tsDistinct, numeric: tsNumeric, ...tsRest } = ts;
  const { distinct: duckDistinct, numeric: duckNumeric, ...duckRest } = duck;
  assert.deepEqual(tsRest, duckRest);
  if (!duckNumeric) {
    assert.equal(tsDistinct, duckDistinct, `${ts.name} distinct`);
    assert.equal(tsNumeric, null);
    return;
  }
  assert.ok(tsNumeric, `${ts.name} has no numeric summary`);
  for (const key of ['min', 'max', 'mean', 'std'] as const) {
    close(tsNumeric[key], duckNumeric[key], `${ts.name} ${key}`);
  }
  tsNumeric.quantiles.forEach((quantile, j) => {
    assert.equal(quantile.q, duckNumeric.quantiles[j].q);
    close(quantile.value, duckNumeric.quantiles[j].value, `${ts.name} q${quantile.q}`);
  });
  assert.deepEqual(tsNumeric.histogram, duckNumeric.histogram, `${ts.name} histogram`);
}

async function crossCheck(session: TabularSession, relation: string): Promise<DataProfile> {
  const [ts, duck] = [
    await profileInTypeScript(session, relation),
    await profileRelation(session, relation),
  ];
  assert.equal(ts.rowCount, duck.rowCount);
  assert.equal(ts.columns.length, duck.columns.length);
  ts.columns.forEach((column, i) => assertSameColumn(column, duck.columns[i]));
  // Numeric distinct is exact here and a HyperLogLog estimate there.
  for (const column of ts.columns.filter((c) => c.numeric !== null)) {
    const [row] = await session.rows(
      `SELECT count(DISTINCT CASE WHEN isfinite(v) THEN v END) AS n FROM (SELECT "${column.name}" AS v FROM ${relation})`,
    );
    assert.equal(column.distinct, Number(row.n), `${column.name} distinct`);
  }
  return ts;
}

describe('profileColumns agrees with the DuckDB profiler', () => {
  let session: TabularSession;
  before(async () => (session = await TabularSession.open()));
  after(() => session.close());

  it('on nulls, NaN, infinities, edges and ties', async () => {
    await session.run(`CREATE TABLE sample AS SELECT * FROM (VALUES
      (1,    0.5::DOUBLE,   'b',  TIMESTAMP '2024-01-01', 1.0::DOUBLE),
      (2,    'nan'::DOUBLE, 'a',  TIMESTAMP '2024-01-03', 1.2),
      (3,    'inf'::DOUBLE, 'b',  'infinity'::TIMESTAMP,  3.0),
      (4,    -1.5::DOUBLE,  NULL, NULL,                   NULL),
      (NULL, NULL,          'c',  NULL,                   1.2)
    ) AS t(i, d, s, ts, edge)`);
    await crossCheck(session, 'sample');
  });

  it('on 200k seeded random values with many ties and edge hits', async () => {
    await session.run('SELECT setseed(0.42)');
    await session.run(`CREATE TABLE noisy AS SELECT
      CASE WHEN random() < 0.05 THEN NULL ELSE round(random() * 100, 1) END AS x,
      CASE WHEN random() < 0.01 THEN 'nan'::DOUBLE ELSE random() * 1e6 - 5e5 END AS y,
      CASE WHEN random() < 0.1 THEN NULL ELSE 'k' || CAST(floor(random() * 40) AS INTEGER) END AS k
      FROM range(200000)`);
    await crossCheck(session, 'noisy');
  });

  it('on flights-3m', async () => {
    const relation = `read_parquet(${sqlString(FLIGHTS)})`;
    const started = performance.now();
    const profile = await crossCheck(session, relation);
    console.log(
      `cross-check flights-3m (read, both profiles, distinct): ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    assert.equal(profile.rowCount, 3_000_000);
  });
});
