import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  compileTransform,
  parseTransformSpec,
  readFeatureSetSplit,
  readRawInputs,
} from '@loopline/features';
import { AvroSingleObjectCodec } from '@loopline/contracts';
import { parseDriftReference } from '@loopline/stats';
import { OnlineFeatureView } from '@loopline/online-features';
import { REPO_ROOT, waitFor } from '@loopline/testing';
import { logLevel } from 'kafkajs';
import { FeatureStoreTestWorld } from './test-support/feature-store-test-world';
import { flightsCut } from './test-support/flights-cut';

const VEGA_DATA = join(REPO_ROOT, 'node_modules', 'vega-datasets', 'data');
const SHIPPED_VIEWS = join(REPO_ROOT, 'services', 'feature-store', 'feature-views');
const shippedView = (name: string) =>
  JSON.parse(readFileSync(join(SHIPPED_VIEWS, `${name}.json`), 'utf8'));

type WeatherRow = {
  date: string;
  precipitation: number;
  temp_max: number;
  temp_min: number;
  wind: number;
  weather: string;
};

function weatherRows(): WeatherRow[] {
  const [, ...lines] = readFileSync(join(VEGA_DATA, 'seattle-weather.csv'), 'utf8')
    .trim()
    .split('\n');
  return lines.map((line) => {
    const [date, precipitation, tempMax, tempMin, wind, weather] = line.split(',');
    return {
      date,
      precipitation: +precipitation,
      temp_max: +tempMax,
      temp_min: +tempMin,
      wind: +wind,
      weather,
    };
  });
}

describe('feature store', () => {
  let world: FeatureStoreTestWorld;
  before(async () => {
    world = await FeatureStoreTestWorld.start();
  });
  after(async () => world?.close());

  it('registers the shipped feature views at start-up and announces them', async () => {
    const flights = await world.waitForEvent(
      'FeatureViewRegistered',
      (event) => event.featureViewName === 'flights-delay',
    );
    assert.equal(flights.payload.featureViewVersion, 1);
    assert.equal(flights.payload.sourceDatasetName, 'flights');
    assert.deepEqual(flights.payload.entityKeys, ['origin']);
    assert.equal(flights.payload.timestampColumn, 'date');
    assert.equal(flights.payload.labelColumn, 'delay');
    const origin = flights.payload.features.find(
      (feature: { name: string }) => feature.name === 'origin',
    );
    assert.equal(origin.width, 31);
    const listed = await world.featureStoreApi('GET', '/feature-views');
    assert.deepEqual(listed.body.views.map((view: { name: string }) => view.name).sort(), [
      'flights-delay',
      'seattle-weather',
    ]);
  });

  it('materializes a dataset version into time-ordered splits, fitted on the training split only', async () => {
    await world.ingest(
      'seattle-weather',
      readFileSync(join(VEGA_DATA, 'seattle-weather.csv')),
      'text/csv',
    );
    const { payload } = await world.waitForEvent(
      'FeatureSetMaterialized',
      (event) => event.featureViewName === 'seattle-weather',
    );
    const rows = weatherRows();
    assert.equal(payload.rowCount, rows.length);
    const sizes = Object.fromEntries(
      payload.splits.map((split: { name: string; rowCount: number }) => [
        split.name,
        split.rowCount,
      ]),
    );
    assert.deepEqual(sizes, { train: 1023, validation: 219, test: 219 });

    const spec = parseTransformSpec(
      JSON.parse(
        (
          await world.store.get(payload.transformStatistics.uri, {
            expectedSha256: payload.transformStatistics.sha256,
          })
        ).toString(),
      ),
    );
    const trainRows = rows.slice(0, 1023);
    const mean = (values: number[]) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    const fittedTempMax = spec.statistics.features.temp_max[1] as { mean: number };
    assert.ok(Math.abs(fittedTempMax.mean - mean(trainRows.map((row) => row.temp_max))) < 1e-9);
    // The mean over every row differs by about 0.012 °C: a fit over all rows would be caught here.
    assert.ok(Math.abs(fittedTempMax.mean - mean(rows.map((row) => row.temp_max))) > 1e-3);
    assert.deepEqual(spec.statistics.labelClasses, ['drizzle', 'fog', 'rain', 'snow', 'sun']);

    const feature = await world.featureStoreApi('GET', `/feature-sets/${payload.featureSetId}`);
    assert.equal(feature.body.status, 'completed');
    assert.equal(feature.body.rowsDone, rows.length);
    assert.ok(feature.body.elapsedMs >= 0);
    const listed = await world.featureStoreApi(
      'GET',
      `/feature-sets?datasetVersionId=${payload.datasetVersionId}`,
    );
    assert.deepEqual(
      listed.body.featureSets.map((set: { id: string }) => set.id),
      [payload.featureSetId],
    );
  });

  it('stores splits whose tensors equal the single-row serving path bit for bit', async () => {
    const { payload } = await world.waitForEvent(
      'FeatureSetMaterialized',
      (event) => event.featureViewName === 'seattle-weather',
    );
    const spec = parseTransformSpec(
      JSON.parse((await world.store.get(payload.transformStatistics.uri)).toString()),
    );
    const transform = compileTransform(spec);
    const testRef = payload.splits.find((split: { name: string }) => split.name === 'test').data;
    const stored = await readFeatureSetSplit(
      await world.store.get(testRef.uri, { expectedSha256: testRef.sha256 }),
    );
    const fromFile = transform.toTensor(stored.encoded);
    const testRows = weatherRows().slice(1023 + 219);
    const served = transform.transformRows(testRows);
    assert.equal(served.length, fromFile.length);
    assert.ok(
      Buffer.from(served.buffer).equals(Buffer.from(fromFile.buffer)),
      'batch and serving tensors differ',
    );
    for (const [index, row] of testRows.entries()) {
      const single = transform.transformRow(row);
      const offset = index * transform.layout.width;
      assert.ok(
        Buffer.from(single.buffer).equals(
          Buffer.from(fromFile.buffer, offset * 4, transform.layout.width * 4),
        ),
      );
    }
  });

  it('publishes the test rows before the transform, which encode into the test split exactly', async () => {
    const { payload } = await world.waitForEvent(
      'FeatureSetMaterialized',
      (event) => event.featureViewName === 'seattle-weather',
    );
    const ref = payload.testInputs;
    assert.ok(ref, 'testInputs is set');
    assert.equal(ref.mediaType, 'application/vnd.apache.arrow.file');
    const bytes = await world.store.get(ref.uri);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), ref.sha256);
    assert.equal(bytes.byteLength, ref.sizeBytes);
    const raw = await readRawInputs(bytes);
    const testRows = weatherRows().slice(1023 + 219);
    assert.equal(raw.rowCount, testRows.length);
    const tempMax = raw.columns.temp_max;
    assert.ok(tempMax.type === 'numeric');
    assert.deepEqual(
      [...tempMax.values],
      testRows.map((row) => row.temp_max),
    );
    const spec = parseTransformSpec(
      JSON.parse((await world.store.get(payload.transformStatistics.uri)).toString()),
    );
    const transform = compileTransform(spec);
    const testRef = payload.splits.find((split: { name: string }) => split.name === 'test').data;
    const stored = await readFeatureSetSplit(await world.store.get(testRef.uri));
    const fromRaw = transform.toTensor(transform.encode(raw));
    const fromFile = transform.toTensor(stored.encoded);
    assert.ok(
      Buffer.from(fromRaw.buffer).equals(Buffer.from(fromFile.buffer)),
      'tensors from the raw inputs and from the test split differ',
    );
  });

  it('publishes online values per entity, the same as a lookup returns and the raw data says', async () => {
    const cut = await flightsCut(40_000);
    await world.ingest('flights', cut.parquet, 'application/vnd.apache.parquet');
    const { payload } = await world.waitForEvent(
      'FeatureSetMaterialized',
      (event) => event.featureViewName === 'flights-delay',
    );
    const updates = await waitForOnlineUpdates(world, payload.featureSetId, cut.origins.size);
    assert.equal(updates.length, cut.origins.size);
    const sea = updates.find((update) => update.entity === 'SEA');
    assert.ok(sea, 'SEA has online values');
    const values = Object.fromEntries(
      sea.values.map((value: { name: string; value: number | null }) => [value.name, value.value]),
    );
    const expected = cut.windowAsOf('SEA', payload.asOf, 7);
    assert.equal(values.origin_flights_7d, expected.count);
    assert.ok(Math.abs(values.origin_mean_delay_7d - expected.meanDelay) < 1e-9);
    assert.ok(Math.abs(values.origin_delay_rate_7d - expected.delayRate) < 1e-9);
    const lookup = await world.featureStoreApi('GET', '/online-features/flights-delay/SEA');
    assert.equal(lookup.status, 200);
    assert.deepEqual(lookup.body.values, values);
    // Serving's side: the in-memory view rebuilt from the compacted topic holds the same values.
    const view = new OnlineFeatureView({
      kafka: {
        clientId: 'features-it-serving',
        brokers: world.stack.brokers,
        logLevel: logLevel.NOTHING,
      },
      topicPrefix: world.prefix,
      codec: new AvroSingleObjectCodec(),
    });
    await view.start();
    try {
      assert.deepEqual({ ...view.lookup('flights-delay', 1, 'SEA') }, values);
      assert.equal(view.size, cut.origins.size);
    } finally {
      await view.stop();
    }
    const missing = await world.featureStoreApi('GET', '/online-features/flights-delay/NOPE');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'FEATURE_STORE.NOT_FOUND');
  });

  it('publishes a drift reference of the training rows before the transform, label left out', async () => {
    const { payload } = await world.waitForEvent(
      'FeatureSetMaterialized',
      (event) => event.featureViewName === 'flights-delay',
    );
    const ref = payload.driftReference;
    assert.ok(ref, 'driftReference is set');
    assert.equal(ref.mediaType, 'application/json');
    const bytes = await world.store.get(ref.uri, { expectedSha256: ref.sha256 });
    assert.equal(bytes.byteLength, ref.sizeBytes);
    const reference = parseDriftReference(JSON.parse(bytes.toString()));
    const train = payload.splits.find((split: { name: string }) => split.name === 'train');
    assert.equal(reference.rowCount, train.rowCount);
    const kinds = Object.fromEntries(reference.columns.map((column) => [column.name, column.kind]));
    // The view's raw inputs with the 7-day aggregations; the label column (delay) is not one.
    assert.deepEqual(kinds, {
      'date.hour': 'categorical',
      'date.weekday': 'categorical',
      destination: 'categorical',
      distance: 'numeric',
      origin: 'categorical',
      origin_delay_rate_7d: 'numeric',
      origin_flights_7d: 'numeric',
      origin_mean_delay_7d: 'numeric',
    });
    const weekday = reference.columns.find((column) => column.name === 'date.weekday');
    assert.ok(weekday?.kind === 'categorical');
    assert.deepEqual(weekday.derivedFrom, { column: 'date', part: 'weekday' });
    const distance = reference.columns.find((column) => column.name === 'distance');
    assert.ok(distance?.kind === 'numeric');
    assert.equal(
      distance.counts.reduce((sum, count) => sum + count, 0) + distance.missing,
      train.rowCount,
    );
    assert.ok(distance.cuts.length > 50, `${distance.cuts.length} distance bins`);
  });

  it('versions definitions by content and materializes a new version over the newest data', async () => {
    await world.waitForEvent(
      'FeatureSetMaterialized',
      (event) => event.featureViewName === 'flights-delay',
    );
    const base = { ...shippedView('flights-delay'), name: 'flights-delay-variant' };
    const first = await world.featureStoreApi('POST', '/feature-views', base);
    assert.equal(first.status, 201);
    assert.equal(first.body.version, 1);
    const reordered = Object.fromEntries(Object.entries(base).reverse());
    const again = await world.featureStoreApi('POST', '/feature-views', reordered);
    assert.equal(again.status, 200);
    assert.equal(again.body.version, 1);
    const changed = { ...base, split: { ...base.split, seed: 8 } };
    const second = await world.featureStoreApi('POST', '/feature-views', changed);
    assert.equal(second.status, 201);
    assert.equal(second.body.version, 2);
    assert.ok(second.body.featureSetId);
    const materialized = await world.waitForEvent(
      'FeatureSetMaterialized',
      (event) =>
        event.featureViewName === 'flights-delay-variant' && event.featureViewVersion === 2,
    );
    assert.equal(materialized.payload.featureSetId, second.body.featureSetId);
    const versions = await world.featureStoreApi('GET', '/feature-views/flights-delay-variant');
    assert.deepEqual(
      versions.body.versions.map((version: { version: number }) => version.version),
      [2, 1],
    );
  });

  it('rejects an invalid definition naming every faulty field', async () => {
    const broken = shippedView('flights-delay');
    broken.features[0].transform = [{ kind: 'standardize' }, { kind: 'bucketize' }];
    broken.features[1].source = 'delay';
    broken.split.fractions.train = 0.9;
    const answer = await world.featureStoreApi('POST', '/feature-views', broken);
    assert.equal(answer.status, 400);
    assert.equal(answer.body.code, 'FEATURES.INVALID_DEFINITION');
    const paths = answer.body.details.problems.map((problem: { path: string }) => problem.path);
    for (const path of ['features[0].transform[1]', 'features[1].source', 'split.fractions']) {
      assert.ok(
        paths.some((each: string) => each.startsWith(path)),
        `${path} in ${paths.join(', ')}`,
      );
    }
  });

  it('publishes a failure, never a feature set, when the data lacks a column the view reads', async () => {
    await world.waitForEvent(
      'FeatureSetMaterialized',
      (event) => event.featureViewName === 'flights-delay',
    );
    const view = shippedView('flights-delay');
    view.name = 'flights-delay-broken';
    view.features[0].source = 'no_such_column';
    const registered = await world.featureStoreApi('POST', '/feature-views', view);
    assert.equal(registered.status, 201);
    const failed = await world.waitForEvent(
      'FeatureSetMaterializationFailed',
      (event) => event.featureViewName === 'flights-delay-broken',
    );
    assert.equal(failed.payload.featureSetId, registered.body.featureSetId);
    assert.match(failed.payload.reason, /no_such_column/);
    const featureSet = await world.featureStoreApi(
      'GET',
      `/feature-sets/${registered.body.featureSetId}`,
    );
    assert.equal(featureSet.body.status, 'failed');
    assert.equal(featureSet.body.result, null);
    assert.equal(
      world.eventsOf(
        'FeatureSetMaterialized',
        (event) => event.featureViewName === 'flights-delay-broken',
      ).length,
      0,
    );
  });
});

async function waitForOnlineUpdates(
  world: FeatureStoreTestWorld,
  featureSetId: string,
  count: number,
) {
  return waitFor(
    () => {
      const updates = world.eventsOf(
        'OnlineFeaturesUpdated',
        (event) => event.featureSetId === featureSetId,
      );
      return updates.length >= count ? updates.map((update) => update.payload) : false;
    },
    { timeoutMs: 30_000, description: `${count} online updates` },
  );
}
