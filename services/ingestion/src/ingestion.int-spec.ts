import { strict as assert } from 'node:assert';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contractSample, waitFor } from '@loopline/testing';
import {
  flights200kArrow,
  flights200kContract,
  seattleWeatherIn,
} from './test-support/batch-files';
import {
  IngestionTestWorld,
  shippedContractAs,
  TEST_BUCKET,
  VEGA_DATA,
} from './test-support/ingestion-test-world';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const WEATHER_CSV = readFileSync(join(VEGA_DATA, 'seattle-weather.csv'));
const [WEATHER_HEADER, ...WEATHER_ROWS] = WEATHER_CSV.toString('utf8').trimEnd().split('\n');
/** The seattle-weather CSV cut to some of its days (rows in file order, 0-based). */
const weatherRows = (from: number, to: number) =>
  Buffer.from([WEATHER_HEADER, ...WEATHER_ROWS.slice(from, to)].join('\n') + '\n');

describe('ingestion service', () => {
  let world: IngestionTestWorld;

  before(async () => {
    world = await IngestionTestWorld.start({
      INGESTION_MAX_UPLOAD_BYTES: String(16 * 1024 * 1024),
    });
  });
  after(() => world?.close());

  it('ingests every format it reads into a version with the rows it holds', async () => {
    const files = await seattleWeatherIn(join(world.workDir, 'formats'));
    const formats: [string, string][] = [
      ['csv', 'text/csv'],
      ['ndjson', 'application/x-ndjson'],
      ['json', 'application/json'],
      ['parquet-zstd', 'application/vnd.apache.parquet'],
      ['parquet-snappy', 'application/octet-stream'], // recognised by its magic number
    ];
    for (const [variant, contentType] of formats) {
      const dataset = `weather-${variant}`;
      assert.equal(
        (await world.registerContract(shippedContractAs('seattle-weather', dataset))).status,
        201,
      );
      const { status, body } = await world.upload(dataset, files[variant], '', contentType);
      assert.equal(status, 201, `${variant}: ${JSON.stringify(body)}`);
      assert.equal(body.status, 'versioned');
      assert.equal(body.rowCount, 1461, variant);
      assert.equal(body.version, 1);
    }
    const arrow = flights200kArrow();
    for (const [variant, bytes] of Object.entries(arrow)) {
      const dataset = `flights200k-${variant}`;
      await world.registerContract(flights200kContract(dataset));
      const { status, body } = await world.upload(dataset, bytes);
      assert.equal(status, 201, `arrow ${variant}: ${JSON.stringify(body)}`);
      assert.equal(body.format, 'arrow');
      assert.equal(body.rowCount, 200_000);
    }
  });

  it('answers a resubmission of the same bytes with the first version and publishes nothing new', async () => {
    const dataset = 'weather-repeat';
    await world.registerContract(shippedContractAs('seattle-weather', dataset, false));
    const first = await world.upload(dataset, weatherRows(0, 100), '?format=csv');
    assert.equal(first.status, 201);
    const again = await world.upload(dataset, weatherRows(0, 100), '?format=csv');
    assert.equal(again.status, 200);
    assert.equal(again.body.batchId, first.body.batchId);
    assert.equal(again.body.datasetVersionId, first.body.datasetVersionId);
    // A later version of the same dataset is on the topic only after anything the repeat
    // might have published (one key, one partition), so counting then is conclusive.
    const next = await world.upload(dataset, weatherRows(100, 200), '?format=csv');
    assert.equal(next.status, 201, JSON.stringify(next.body));
    await world.waitForEvent('DatasetVersionCreated', dataset, (event) => event.version === 2);
    assert.deepEqual(
      world.eventsOf('DatasetVersionCreated', dataset).map((event) => event.payload.version),
      [1, 2],
    );
  });

  it('builds a version from its parent parts plus the new batch, sharing the parts', async () => {
    const dataset = 'weather-lineage';
    await world.registerContract(shippedContractAs('seattle-weather', dataset));
    const first = await world.upload(dataset, weatherRows(0, 365), '?format=csv');
    const second = await world.upload(dataset, weatherRows(365, 730), '?format=csv');
    assert.equal(second.status, 201, JSON.stringify(second.body));
    const v1 = (await world.request('GET', `/datasets/${dataset}/versions/1`)).body;
    const v2 = (await world.request('GET', `/datasets/${dataset}/versions/2`)).body;
    assert.equal(v2.parentVersionId, v1.datasetVersionId);
    assert.equal(v2.rowCount, 730);
    assert.deepEqual(v2.sourceBatchIds, [first.body.batchId, second.body.batchId]);
    assert.deepEqual(v2.manifest.parts[0], v1.manifest.parts[0]); // shared, not copied
    assert.equal(v2.manifest.parts.length, 2);
    for (const part of v2.manifest.parts) assert.ok(await world.store.exists(part.uri));
    assert.equal(v2.eventTime.start, Date.UTC(2012, 0, 1));
    assert.equal(v2.eventTime.end, Date.UTC(2013, 11, 30));
    const event = await world.waitForEvent(
      'DatasetVersionCreated',
      dataset,
      (e) => e.version === 2,
    );
    assert.equal(event.payload.parentVersionId, v1.datasetVersionId);
    assert.equal(event.payload.manifest.uri, v2.manifestUri);
    const manifest = JSON.parse((await world.store.get(v2.manifestUri)).toString('utf8'));
    assert.deepEqual(manifest.parts, v2.manifest.parts);

    const versions = await world.request('GET', `/datasets/${dataset}/versions?limit=1`);
    assert.deepEqual(
      versions.body.items.map((v: { version: number }) => v.version),
      [2],
    );
    assert.equal(versions.body.next, '?limit=1&offset=1');
    const profile = (await world.request('GET', `/datasets/${dataset}/versions/2/profile`)).body;
    assert.equal(profile.rowCount, 730);
    const diff = (await world.request('GET', `/datasets/${dataset}/diff?from=1&to=2`)).body;
    assert.equal(diff.rowCount.change, 365);
    const rows = (
      await world.request('GET', `/datasets/${dataset}/versions/2/rows?limit=2&offset=365`)
    ).body;
    assert.equal(rows.items[0].date, '2012-12-31'); // 2012 is a leap year: 366 days
  });

  it('rejects a batch breaking the contract with every violation, over HTTP and on the topic', async () => {
    const dataset = 'weather-corrupt';
    await world.registerContract(shippedContractAs('seattle-weather', dataset));
    const lines = weatherRows(0, 50).toString('utf8').split('\n');
    lines[3] = lines[3].replace(/,[a-z]+$/, ',hail'); // row 3: a category the contract does not allow
    lines[7] = lines[7].replace(/^([^,]+),[^,]*,/, '$1,-4,'); // row 7: negative precipitation
    lines[9] = lines[2]; // row 9 repeats row 2's day
    const { status, body } = await world.upload(dataset, lines.join('\n'), '?format=csv');
    assert.equal(status, 422, JSON.stringify(body));
    assert.equal(body.reason, 'validation_failed');
    const byRule = Object.fromEntries(body.violations.map((v: { rule: string }) => [v.rule, v]));
    assert.deepEqual(byRule.allowed_values.sampleRows, [3]);
    assert.equal(byRule.allowed_values.column, 'weather');
    assert.deepEqual(byRule.range.sampleRows, [7]);
    assert.equal(byRule.range.column, 'precipitation');
    assert.deepEqual(byRule.unique.sampleRows, [9]);
    for (const violation of body.violations) {
      assert.ok(
        violation.expected !== null && violation.observed !== null,
        JSON.stringify(violation),
      );
    }
    const event = await world.waitForEvent('DatasetRejected', dataset);
    assert.equal(event.payload.batchId, body.batchId);
    assert.equal(event.payload.reason, 'validation_failed');
    assert.deepEqual(
      event.payload.violations.map((v: { rule: string }) => v.rule).sort(),
      body.violations.map((v: { rule: string }) => v.rule).sort(),
    );
    assert.deepEqual(
      event.payload.violations.find((v: { rule: string }) => v.rule === 'range').sampleRows,
      [7],
    );
    const versions = await world.request('GET', `/datasets/${dataset}/versions`);
    assert.deepEqual(versions.body.items, []); // nothing partial
  });

  it('takes DataBatchSubmitted from the topic and rejects a missing object or a wrong sha256', async () => {
    const dataset = 'weather-events';
    await world.registerContract(shippedContractAs('seattle-weather', dataset));
    const bytes = weatherRows(0, 60);
    const stored = await world.store.putContentAddressed(TEST_BUCKET, bytes, {
      contentType: 'text/csv',
    });
    const submit = (batch: { uri: string; sha256: string }) => {
      const batchId = randomUUID();
      return world
        .publish('DataBatchSubmitted', {
          ...contractSample('DataBatchSubmitted'),
          datasetName: dataset,
          batchId,
          batch: { ...batch, sizeBytes: bytes.length, mediaType: 'text/csv' },
          format: 'csv',
          rowCount: 60,
          dataContractVersion: null,
        })
        .then(() => batchId);
    };
    const good = await submit(stored);
    const missing = await submit({
      uri: `s3://${TEST_BUCKET}/sha256/${'0'.repeat(64)}`,
      sha256: '0'.repeat(64),
    });
    const wrongSha = await submit({ uri: stored.uri, sha256: sha256(Buffer.from('other bytes')) });
    const created = await world.waitForEvent('DatasetVersionCreated', dataset);
    assert.deepEqual(created.payload.sourceBatchIds, [good]);
    assert.equal(created.payload.rowCount, 60);
    const rejectedMissing = await world.waitForEvent(
      'DatasetRejected',
      dataset,
      (e) => e.batchId === missing,
    );
    assert.equal(rejectedMissing.payload.reason, 'unreadable');
    const rejectedSha = await world.waitForEvent(
      'DatasetRejected',
      dataset,
      (e) => e.batchId === wrongSha,
    );
    assert.equal(rejectedSha.payload.reason, 'checksum_mismatch');
    const status = await world.request('GET', `/datasets/${dataset}/batches/${missing}`);
    assert.equal(status.body.status, 'rejected');
  });

  it('answers bad uploads with what was wrong', async () => {
    const dataset = 'weather-bad-uploads';
    await world.registerContract(shippedContractAs('seattle-weather', dataset));
    const unknown = await world.upload(dataset, WEATHER_CSV, '', 'application/octet-stream');
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.code, 'TABULAR.UNKNOWN_FORMAT');
    const lying = await world.upload(dataset, WEATHER_CSV, '?format=parquet');
    assert.equal(lying.status, 422);
    assert.equal(lying.body.code, 'TABULAR.UNREADABLE');
    const tooBig = await world.upload(dataset, Buffer.alloc(17 * 1024 * 1024, 'a'), '?format=csv');
    assert.equal(tooBig.status, 413);
    assert.equal(tooBig.body.code, 'INGESTION.UPLOAD_TOO_LARGE');
    const noContract = await world.upload('no-such-dataset', WEATHER_CSV, '?format=csv');
    assert.equal(noContract.status, 404);
    const badQuery = await world.upload(dataset, WEATHER_CSV, '?format=xlsx&wait=forever');
    assert.equal(badQuery.status, 400);
    assert.equal(badQuery.body.details.problems.length, 2);
    const unreadable = await world.upload(dataset, Buffer.from('{"date": 1'), '?format=ndjson');
    assert.equal(unreadable.status, 422);
    assert.equal(unreadable.body.reason, 'unreadable');
  });

  it('registers contract versions over HTTP, audited by an event, and refuses to change one', async () => {
    const contract = shippedContractAs('seattle-weather', 'weather-contracts');
    const created = await world.registerContract(contract);
    assert.equal(created.status, 201);
    assert.equal((await world.registerContract(contract)).status, 200);
    const changed = await world.registerContract({ ...contract, rules: [] });
    assert.equal(changed.status, 409);
    assert.equal(changed.body.code, 'INGESTION.DATA_CONTRACT_VERSION_CHANGED');
    const invalid = await world.registerContract({ ...contract, version: 0, columns: 'none' });
    assert.equal(invalid.status, 400);
    assert.ok(invalid.body.details.problems.length >= 2);
    const event = await world.waitForEvent('DataContractRegistered', 'weather-contracts');
    assert.equal(event.payload.contractSha256, created.body.sha256);
    assert.equal(JSON.parse(event.payload.definition).dataset, 'weather-contracts');
    assert.equal(world.eventsOf('DataContractRegistered', 'weather-contracts').length, 1);
  });
});

describe('ingestion after a crash', () => {
  let world: IngestionTestWorld;

  before(async () => {
    world = await IngestionTestWorld.start({ INGESTION_JOB_LEASE_MS: '2000' });
  });
  after(() => world?.close());

  it('publishes no version when killed between storing parts and committing, and completes it once on restart', async () => {
    await world.service.stop();
    await world.startService({ INGESTION_CRASH_AFTER_STORING_PARTS: 'true' });
    const dataset = 'weather-crash';
    await world.registerContract(shippedContractAs('seattle-weather', dataset, false));
    const upload = world
      .upload(dataset, weatherRows(0, 120), '?format=csv&wait=30')
      .catch(() => null);
    await waitFor(() => world.service.exitSignal === 'SIGKILL', {
      timeoutMs: 30_000,
      description: 'the service to kill itself after storing the parts',
    });
    assert.equal(await upload, null); // the connection died with the process
    assert.deepEqual(world.eventsOf('DatasetVersionCreated', dataset), []);

    await world.startService();
    const created = await world.waitForEvent('DatasetVersionCreated', dataset);
    assert.equal(created.payload.rowCount, 120);
    const later = await world.upload(dataset, weatherRows(120, 130), '?format=csv');
    assert.equal(later.body.version, 2, JSON.stringify(later.body));
    await world.waitForEvent('DatasetVersionCreated', dataset, (event) => event.version === 2);
    assert.equal(world.eventsOf('DatasetVersionCreated', dataset).length, 2);
  });
});
