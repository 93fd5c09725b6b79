import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  dropSchema,
  freePort,
  REPO_ROOT,
  ServiceProcess,
  TEST_PRINCIPALS,
  testStackConfig,
  uniqueIdentifier,
  uniqueName,
  waitFor,
} from '@loopline/testing';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const SHIPPED_DIR = join(REPO_ROOT, 'services', 'training', 'training-configs');
const stack = testStackConfig();

async function shipped(name: string): Promise<Json> {
  return JSON.parse(await readFile(join(SHIPPED_DIR, `${name}.json`), 'utf8'));
}

/** The training service on the real stack, in a schema and topic prefix of its own. */
function trainingService(schema: string, env: Record<string, string> = {}) {
  return freePort().then(
    (port) =>
      new ServiceProcess('training', port, {
        DATABASE_SCHEMA: schema,
        KAFKA_TOPIC_PREFIX: `${uniqueName('training-configs-it')}.`,
        DATABASE_POOL_SIZE: '4',
        LOG_LEVEL: 'warn',
        ...env,
      }),
  );
}

describe('training configurations', () => {
  const schema = uniqueIdentifier('training_configs_it');
  let service: ServiceProcess;

  /** Calls the service as the test operator, who may change configurations. */
  async function api(method: string, path: string, body?: Json, extra = {}) {
    const headers = { ...TEST_PRINCIPALS.operator.headers, ...extra };
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  }

  before(async () => {
    service = (await trainingService(schema)).start();
    await service.waitUntilReady();
  });
  after(async () => {
    await service?.stop();
    await dropSchema(stack.databaseUrl, schema);
  });

  it('registers the shipped configurations at start-up', async () => {
    const listed = await api('GET', '/training-configs');
    assert.equal(listed.status, 200);
    const configs = listed.body.configs as Json[];
    assert.deepEqual(
      configs.map((each) => [each.modelName, each.version, each.source, each.registeredBy]),
      [
        ['flights-delay', 1, 'file', 'training'],
        ['seattle-weather', 1, 'file', 'training'],
      ],
    );
    assert.deepEqual(configs[0].config, await shipped('flights-delay'));
    assert.match(configs[0].sha256, /^[0-9a-f]{64}$/);
  });

  it('stores a changed configuration as the next version and an unchanged one as nothing new', async () => {
    const changed = await shipped('seattle-weather');
    changed.training.epochs = 5;
    // Recorded as registered by the caller's principal, whatever a header might claim.
    const created = await api('PUT', '/training-configs/seattle-weather', changed, {
      'x-requested-by': 'ops@example.org',
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.version, 2);
    assert.equal(created.body.created, true);

    // Same meaning, other key order and a default left implicit: not a new version.
    const { model, ...rest } = changed;
    delete model.hiddenLayers[1].l2;
    const unchanged = await api('PUT', '/training-configs/seattle-weather', { model, ...rest });
    assert.equal(unchanged.status, 200);
    assert.deepEqual([unchanged.body.version, unchanged.body.created], [2, false]);
    assert.equal(unchanged.body.sha256, created.body.sha256);

    const newest = await api('GET', '/training-configs/seattle-weather');
    assert.deepEqual([newest.body.version, newest.body.config.training.epochs], [2, 5]);
    assert.deepEqual([newest.body.source, newest.body.registeredBy], ['http', 'test-operator']);
    const first = await api('GET', '/training-configs/seattle-weather?version=1');
    assert.deepEqual([first.body.version, first.body.config.training.epochs], [1, 60]);
    const versions = await api('GET', '/training-configs/seattle-weather/versions');
    assert.deepEqual(
      versions.body.versions.map((each: Json) => each.version),
      [2, 1],
    );
  });

  it('answers 400 naming every problem, the path name included', async () => {
    const bad = await shipped('flights-delay');
    bad.model.hiddenLayers[1].units = 0;
    bad.training.earlyStopping.mode = 'min';
    bad.colour = 'red';
    const rejected = await api('PUT', '/training-configs/flights-delay-v2', bad);
    assert.equal(rejected.status, 400);
    assert.equal(rejected.body.code, 'TRAINING.INVALID_CONFIG');
    assert.deepEqual(rejected.body.details.problems.map((each: Json) => each.path).sort(), [
      'colour',
      'model.hiddenLayers[1].units',
      'modelName',
      'training.earlyStopping.mode',
    ]);
    const notJson = await api('PUT', '/training-configs/flights-delay', [1, 2]);
    assert.equal(notJson.status, 400);
    const listed = await api('GET', '/training-configs/flights-delay');
    assert.equal(listed.body.version, 1);
  });

  it('gives concurrent registrations of one model one version each', async () => {
    const config = await shipped('flights-delay');
    config.modelName = 'flights-delay-small';
    config.model.hiddenLayers = [{ units: 8, activation: 'relu' }];
    const path = '/training-configs/flights-delay-small';
    const same = await Promise.all([1, 2, 3, 4].map(() => api('PUT', path, config)));
    assert.deepEqual(same.map((each) => each.status).sort(), [200, 200, 200, 201]);
    assert.ok(same.every((each) => each.body.version === 1));
    const edits = await Promise.all(
      [2, 3, 4].map((epochs) =>
        api('PUT', path, { ...config, training: { ...config.training, epochs } }),
      ),
    );
    assert.deepEqual(
      edits.map((each) => each.status),
      [201, 201, 201],
    );
    assert.deepEqual(edits.map((each) => each.body.version).sort(), [2, 3, 4]);
  });

  it('answers 404 for what is not registered and 400 for a bad version', async () => {
    const unknown = await api('GET', '/training-configs/no-such-model');
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'TRAINING.CONFIG_NOT_FOUND']);
    const noVersion = await api('GET', '/training-configs/flights-delay?version=99');
    assert.equal(noVersion.status, 404);
    const noVersions = await api('GET', '/training-configs/no-such-model/versions');
    assert.equal(noVersions.status, 404);
    const badVersion = await api('GET', '/training-configs/flights-delay?version=first');
    assert.deepEqual(
      [badVersion.status, badVersion.body.code],
      [400, 'TRAINING.INVALID_CONFIG_QUERY'],
    );
  });

  it('refuses to start with a bad shipped file, naming it and every problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'training-configs-it-'));
    const badSchema = uniqueIdentifier('training_configs_it_bad');
    const bad = await shipped('flights-delay');
    bad.training.epochs = 0;
    bad.seed = -1;
    await writeFile(join(dir, 'flights-delay.json'), JSON.stringify(bad));
    await writeFile(join(dir, 'misnamed.json'), JSON.stringify(await shipped('seattle-weather')));
    const failing = (await trainingService(badSchema, { TRAINING_CONFIGS_DIR: dir })).start();
    try {
      await waitFor(() => failing.exitCode !== null, {
        timeoutMs: 60_000,
        description: 'the service to refuse to start',
      });
      assert.notEqual(failing.exitCode, 0);
      for (const text of [
        'TRAINING.INVALID_SHIPPED_CONFIG',
        join(dir, 'flights-delay.json'),
        'training.epochs: must be a whole number from 1 to 10000 (got 0)',
        'seed: must be a whole number',
        join(dir, 'misnamed.json'),
        "modelName: must equal the name it is registered under, 'misnamed'",
      ])
        assert.ok(failing.log.includes(text), `log lacks ${text}:\n${failing.log}`);
    } finally {
      await failing.stop();
      await dropSchema(stack.databaseUrl, badSchema);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
