import { strict as assert } from 'node:assert';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type CategoricalColumnReference, parseDriftReference } from '@loopline/stats';
import { quoteIdentifier, sqlString, TabularSession } from '@loopline/tabular';
import { parseFeatureViewDefinition } from '../definition/parse-feature-view-definition';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { readFeatureSetSplit } from '../io/read-feature-set-split';
import { readRawInputs } from '../io/read-raw-inputs';
import { compileTransform } from '../transform/compile-transform';
import type { EncodedFeatures } from '../transform/encoded-features';
import type { RawBatch, RawColumn } from '../transform/raw-batch';
import { parseTransformSpec } from '../transform/transform-spec-json';
import { materializeFeatureView } from './materialize-feature-view';
import type { MaterializeResult } from './materialize-request';
import { requiredColumns } from './required-columns';

/** dist/materialize is four levels below the repository root, as src/materialize is. */
const ROOT = join(__dirname, '..', '..', '..', '..');
const DATA = join(ROOT, 'node_modules', 'vega-datasets', 'data');
const VIEWS = join(ROOT, 'services', 'feature-store', 'feature-views');

const bytesOf = (array: ArrayBufferView) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

async function shippedView(name: string): Promise<FeatureViewDefinition> {
  return parseFeatureViewDefinition(
    JSON.parse(await readFile(join(VIEWS, `${name}.json`), 'utf8')),
  );
}

const textOf = (column: RawColumn, row: number): string | null => {
  assert.ok(column.type === 'categorical');
  const code = column.codes[row];
  return code === -1 ? null : column.dictionary[code];
};

function assertSameEncoding(actual: EncodedFeatures, expected: EncodedFeatures): void {
  assert.equal(actual.rowCount, expected.rowCount);
  assert.deepEqual(
    actual.columns.map((column) => column.name),
    expected.columns.map((column) => column.name),
  );
  expected.columns.forEach((column, i) => {
    const other = actual.columns[i];
    assert.equal(other.kind, column.kind, column.name);
    if (column.kind === 'dense' && other.kind === 'dense') {
      assert.ok(bytesOf(other.values).equals(bytesOf(column.values)), `${column.name} differs`);
    } else if (column.kind === 'one_hot' && other.kind === 'one_hot') {
      assert.deepEqual(other.labels, column.labels, column.name);
      assert.ok(bytesOf(other.index).equals(bytesOf(column.index)), `${column.name} differs`);
    }
  });
}

/**
 * Reads the result's test inputs and test split and checks that they hold the same rows in the
 * same order, and that the fitted transform encodes the raw rows into exactly the split.
 */
async function checkTestInputs(
  definition: FeatureViewDefinition,
  result: MaterializeResult,
): Promise<{ raw: RawBatch; testRows: number }> {
  const raw = await readRawInputs(result.testInputsPath);
  const test = result.splits.find((split) => split.name === 'test');
  assert.ok(test);
  const split = await readFeatureSetSplit(test.path);
  assert.equal(raw.rowCount, test.rowCount);
  assert.equal(raw.rowCount, split.encoded.rowCount);
  const expected = [
    ...requiredColumns(definition).map((column) => column.name),
    ...definition.aggregations.map((aggregation) => aggregation.name),
  ];
  assert.deepEqual(Object.keys(raw.columns).sort(), expected.sort());
  // Row order: each raw row has the event time (and entity) of the split's row at its index.
  const time = raw.columns[definition.eventTime?.column ?? ''];
  assert.ok(time?.type === 'timestamp' && split.eventTime);
  assert.ok(bytesOf(time.values).equals(bytesOf(split.eventTime)), 'event times differ');
  const entity = definition.entity && raw.columns[definition.entity.column];
  if (entity && split.entity) {
    const { codes, dictionary } = split.entity;
    for (let i = 0; i < raw.rowCount; i++) {
      assert.equal(textOf(entity, i), codes[i] === -1 ? null : dictionary[codes[i]], `row ${i}`);
    }
  }
  const spec = parseTransformSpec(JSON.parse(await readFile(result.transformSpecPath, 'utf8')));
  assertSameEncoding(compileTransform(spec).encode(raw), split.encoded);
  return { raw, testRows: raw.rowCount };
}

describe('materializeFeatureView test inputs', () => {
  let dir: string;
  let session: TabularSession;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'materialize-'));
    session = await TabularSession.open();
  });
  after(async () => {
    session.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the test rows before the transform, which encode into the test split exactly', async () => {
    const parquet = join(dir, 'flights.parquet');
    const source = `read_parquet(${sqlString(join(DATA, 'flights-3m.parquet'))}, file_row_number = true)`;
    await session.run(
      `COPY (SELECT * EXCLUDE (file_row_number) FROM ${source} ` +
        `ORDER BY ${quoteIdentifier('date')}, file_row_number LIMIT 30000) ` +
        `TO ${sqlString(parquet)} (FORMAT parquet)`,
    );
    const definition = await shippedView('flights-delay');
    const result = await materializeFeatureView({
      definition,
      version: 1,
      parquetFiles: [parquet],
      outputDirectory: join(dir, 'flights-out'),
    });
    assert.equal(result.testInputsPath, join(dir, 'flights-out', 'test-inputs.arrow'));
    const { raw, testRows } = await checkTestInputs(definition, result);
    assert.ok(testRows > 4000, `${testRows} test rows`);
    // The label column comes raw: the split's label is what the view derives from it.
    const test = await readFeatureSetSplit(join(dir, 'flights-out', 'test.arrow'));
    const delay = raw.columns.delay;
    assert.ok(delay.type === 'numeric' && test.label);
    for (let i = 0; i < testRows; i++) assert.equal(test.label[i], delay.values[i] > 15 ? 1 : 0);
  });

  it('leaves out the test rows whose class training never saw, as the test split does', async () => {
    const parquet = join(dir, 'weather.parquet');
    // Hail, never seen in training, on two days of each late month: those rows cannot be scored.
    await session.run(
      `COPY (SELECT * REPLACE (CASE WHEN date >= DATE '2015-10-01' AND day(date) IN (3, 13) ` +
        `THEN 'hail' ELSE weather END AS weather) ` +
        `FROM read_csv(${sqlString(join(DATA, 'seattle-weather.csv'))})) ` +
        `TO ${sqlString(parquet)} (FORMAT parquet)`,
    );
    const definition = await shippedView('seattle-weather');
    const result = await materializeFeatureView({
      definition,
      version: 1,
      parquetFiles: [parquet],
      outputDirectory: join(dir, 'weather-out'),
    });
    const { raw, testRows } = await checkTestInputs(definition, result);
    // 219 rows fall in the test split; 6 of them (Oct 3 … Dec 13 2015) are hail.
    assert.equal(testRows, 219 - 6);
    const spec = parseTransformSpec(JSON.parse(await readFile(result.transformSpecPath, 'utf8')));
    const classes = spec.statistics.labelClasses;
    assert.ok(classes && !classes.includes('hail'));
    const test = await readFeatureSetSplit(join(dir, 'weather-out', 'test.arrow'));
    assert.ok(test.label);
    for (let i = 0; i < testRows; i++) {
      assert.equal(textOf(raw.columns.weather, i), classes[test.label[i]], `row ${i}`);
    }
  });
});

/** Per label, how many times each code occurs. */
function countsByLabel(codes: ArrayLike<number>, labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] >= 0) counts.set(labels[codes[i]], (counts.get(labels[codes[i]]) ?? 0) + 1);
  }
  return counts;
}

/** Per category of a drift reference column, its count; the last entry is other. */
function referenceCounts(column: CategoricalColumnReference): Map<string, number> {
  return new Map(column.categories.map((category, i) => [category, column.counts[i]]));
}

describe('materializeFeatureView drift reference', () => {
  let dir: string;
  let session: TabularSession;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'materialize-drift-'));
    session = await TabularSession.open();
  });
  after(async () => {
    session.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('bins the training rows before the transform, label left out, as the split holds them', async () => {
    const parquet = join(dir, 'flights.parquet');
    const source = `read_parquet(${sqlString(join(DATA, 'flights-3m.parquet'))}, file_row_number = true)`;
    await session.run(
      `COPY (SELECT * EXCLUDE (file_row_number) FROM ${source} ` +
        `ORDER BY ${quoteIdentifier('date')}, file_row_number LIMIT 20000) ` +
        `TO ${sqlString(parquet)} (FORMAT parquet)`,
    );
    const definition = await shippedView('flights-delay');
    const out = join(dir, 'out');
    const result = await materializeFeatureView({
      definition,
      version: 1,
      parquetFiles: [parquet],
      outputDirectory: out,
    });
    assert.equal(result.driftReferencePath, join(out, 'drift-reference.json'));
    const reference = parseDriftReference(
      JSON.parse(await readFile(result.driftReferencePath, 'utf8')),
    );
    const train = await readFeatureSetSplit(join(out, 'train.arrow'));
    assert.equal(reference.rowCount, train.encoded.rowCount);
    const columns = new Map(reference.columns.map((column) => [column.name, column]));
    // Every raw input but the label column (delay); the date as its hour and weekday.
    assert.deepEqual([...columns.keys()].sort(), [
      'date.hour',
      'date.weekday',
      'destination',
      'distance',
      'origin',
      'origin_delay_rate_7d',
      'origin_flights_7d',
      'origin_mean_delay_7d',
    ]);
    assert.equal(columns.get('distance')?.kind, 'numeric');
    for (const column of columns.values()) {
      const total = column.counts.reduce((sum, count) => sum + count, 0) + column.missing;
      assert.equal(total, reference.rowCount, `${column.name} counts every training row`);
    }
    // Hours and origins counted independently from the training split's event times and entities.
    const hour = columns.get('date.hour');
    assert.ok(hour?.kind === 'categorical');
    assert.deepEqual(hour.derivedFrom, { column: 'date', part: 'hour' });
    assert.ok(train.eventTime && train.entity);
    const hours = Array.from(train.eventTime, (ms) => new Date(ms).getUTCHours());
    const hourLabels = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
    assert.deepEqual(referenceCounts(hour), countsByLabel(hours, hourLabels));
    const origin = columns.get('origin');
    assert.ok(origin?.kind === 'categorical' && origin.derivedFrom === undefined);
    const origins = countsByLabel(train.entity.codes, train.entity.dictionary);
    assert.ok(origins.size > 100, `${origins.size} origins`);
    for (const [category, count] of referenceCounts(origin)) {
      assert.equal(count, origins.get(category), category);
    }
    assert.equal(origin.missing, 0);
  });
});
