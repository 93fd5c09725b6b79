import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { TEST_PRINCIPALS } from '@loopline/testing';
import {
  IngestionTestWorld,
  shippedContractAs,
  VEGA_DATA,
} from './test-support/ingestion-test-world';

const NO_TOKEN = { authorization: '' };
const AS_VIEWER = TEST_PRINCIPALS.viewer.headers;
const WEATHER_CSV = readFileSync(join(VEGA_DATA, 'seattle-weather.csv'), 'utf8');
const weatherDays = (days: number) =>
  Buffer.from(
    WEATHER_CSV.split('\n')
      .slice(0, days + 1)
      .join('\n') + '\n',
  );

describe('ingestion access control (real service and stack)', () => {
  let world: IngestionTestWorld;

  before(async () => {
    world = await IngestionTestWorld.start();
  });
  after(() => world?.close());

  it('registers a contract only for an operator, recording the operator as registeredBy', async () => {
    const dataset = 'guarded-contract';
    const contract = shippedContractAs('seattle-weather', dataset);
    const anonymous = await world.registerContract(contract, NO_TOKEN);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.code, 'AUTH.MISSING_TOKEN');
    assert.match(anonymous.body.message, /Authorization: Bearer <token>/);
    const viewer = await world.registerContract(contract, AS_VIEWER);
    assert.equal(viewer.status, 403);
    assert.equal(viewer.body.code, 'AUTH.MISSING_ROLE');
    assert.deepEqual(viewer.body.details, {
      principal: TEST_PRINCIPALS.viewer.name,
      roles: ['viewer'],
      required: 'operator',
    });
    assert.equal((await world.request('GET', `/data-contracts/${dataset}`)).status, 404);

    const operator = await world.registerContract(contract);
    assert.equal(operator.status, 201, JSON.stringify(operator.body));
    const event = await world.waitForEvent('DataContractRegistered', dataset);
    assert.equal(event.payload.registeredBy, TEST_PRINCIPALS.operator.name);
    assert.equal(world.eventsOf('DataContractRegistered', dataset).length, 1);
    const stored = await world.request('GET', `/data-contracts/${dataset}`);
    assert.deepEqual(
      stored.body.items.map((item: { registeredBy: string }) => item.registeredBy),
      [TEST_PRINCIPALS.operator.name],
    );
  });

  it('refuses an upload without a token or as viewer before anything is stored or published', async () => {
    const dataset = 'guarded-weather';
    assert.equal(
      (await world.registerContract(shippedContractAs('seattle-weather', dataset))).status,
      201,
    );
    const batch = weatherDays(30);

    const anonymous = await world.upload(dataset, batch, '?format=csv', undefined, NO_TOKEN);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.code, 'AUTH.MISSING_TOKEN');
    const unknown = await world.upload(dataset, batch, '?format=csv', undefined, {
      authorization: 'Bearer not-a-token-anyone-holds',
    });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.body.code, 'AUTH.UNKNOWN_TOKEN');
    const viewer = await world.upload(dataset, batch, '?format=csv', undefined, AS_VIEWER);
    assert.equal(viewer.status, 403);
    assert.equal(viewer.body.code, 'AUTH.MISSING_ROLE');
    // Reads are open from loopback: the refused uploads left no batch and no version.
    const batches = await world.request('GET', `/datasets/${dataset}/batches`, undefined, NO_TOKEN);
    assert.equal(batches.status, 200);
    assert.deepEqual(batches.body.items, []);

    const accepted = await world.upload(dataset, batch, '?format=csv');
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    assert.equal(accepted.body.version, 1);
    // One key, one partition: anything the refused uploads had published would come first.
    await world.waitForEvent('DatasetVersionCreated', dataset);
    assert.deepEqual(
      world.eventsOf('DatasetVersionCreated', dataset).map((event) => event.payload.version),
      [1],
    );
    const after = await world.request('GET', `/datasets/${dataset}/batches`, undefined, AS_VIEWER);
    assert.deepEqual(
      after.body.items.map((item: { batchId: string }) => item.batchId),
      [accepted.body.batchId],
    );
  });

  it('keeps probes and metrics open, and checks a token sent with a read', async () => {
    for (const path of ['/health', '/ready', '/metrics']) {
      const response = await fetch(`${world.service.url}${path}`);
      assert.equal(response.status, 200, path);
    }
    const unknown = await world.request('GET', '/datasets', undefined, {
      authorization: 'Bearer not-a-token-anyone-holds',
    });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.body.code, 'AUTH.UNKNOWN_TOKEN');
  });
});
