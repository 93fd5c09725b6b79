import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_PRINCIPALS, waitFor } from '@loopline/testing';
import { TrainingTestWorld } from './test-support/training-test-world';

// HTTP and event bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ONE_MINUTE = 60_000;

describe('training service (ingestion, feature store and training on the real stack)', () => {
  let world: TrainingTestWorld;

  before(
    async () => {
      world = await TrainingTestWorld.start();
      await Promise.all([world.ingestSeattleWeather(), world.ingestFlights(30_000)]);
    },
    { timeout: 3 * ONE_MINUTE },
  );
  after(() => world?.close());

  const trained = (modelName: string) =>
    world.eventsOf('ModelTrained', (payload) => payload.modelName === modelName);

  async function requestTraining(modelName: string, overrides: Record<string, string> = {}) {
    const response = await world.trainingApi('POST', '/training-requests', {
      modelName,
      reason: 'integration test',
      configOverrides: overrides,
    });
    assert.equal(response.status, 202, JSON.stringify(response.body));
    return response.body.requestId as string;
  }

  it(
    'trains the shipped models from their new feature sets: events in order, lineage, a verifiable artifact, a tracked run',
    { timeout: 3 * ONE_MINUTE },
    async () => {
      for (const model of ['flights-delay', 'seattle-weather']) {
        const done = await world.waitForEvent(
          'ModelTrained',
          (payload) => payload.modelName === model,
          2 * ONE_MINUTE,
        );
        const runId = done.payload.lineage.trainingRunId;
        const featureSet = world.eventsOf(
          'FeatureSetMaterialized',
          (payload) => payload.featureSetId === done.payload.lineage.featureSetId,
        )[0].payload;
        assert.equal(done.payload.lineage.datasetVersionId, featureSet.datasetVersionId);
        assert.equal(done.payload.lineage.featureViewVersion, featureSet.featureViewVersion);
        assert.match(done.payload.lineage.configHash, /^[0-9a-f]{64}$/);
        assert.equal(done.payload.backend, 'wasm');
        assert.deepEqual(done.payload.featureNames, featureSet.featureNames);

        const types = world.runEvents(runId).map((event) => event.type);
        assert.equal(types[0], 'TrainingRunStarted');
        assert.equal(types.at(-1), 'ModelTrained');
        const epochs = types.filter((type) => type === 'TrainingEpochCompleted').length;
        assert.equal(epochs, done.payload.epochs);

        const metric = model === 'flights-delay' ? 'roc_auc' : 'accuracy';
        assert.ok(done.payload.testMetrics[metric] > 0.5, JSON.stringify(done.payload.testMetrics));

        const manifest = JSON.parse(
          (
            await world.store.get(done.payload.artifact.uri, {
              expectedSha256: done.payload.artifact.sha256,
            })
          ).toString('utf8'),
        );
        assert.equal(manifest.format, 'loopline.model-artifact/v1');
        assert.equal(manifest.trainingRunId, runId);
        const modelJson = JSON.parse(
          (
            await world.store.get(manifest.files.model.uri, {
              expectedSha256: manifest.files.model.sha256,
            })
          ).toString('utf8'),
        );
        assert.ok(modelJson.modelTopology, 'model.json holds the topology');
        assert.equal(manifest.files.transform.sha256, featureSet.transformStatistics.sha256);

        const run = await world.trainingApi('GET', `/runs/${runId}`);
        assert.equal(run.status, 200);
        assert.equal(run.body.status, 'succeeded');
        assert.equal(run.body.trigger, 'new_data');
        assert.equal(run.body.featureSetId, featureSet.featureSetId);
        assert.equal(run.body.metrics[`test_${metric}`], done.payload.testMetrics[metric]);
        assert.ok(run.body.samplesPerSecond > 0);
        const names = run.body.artifacts.map((artifact: Json) => artifact.name);
        for (const name of ['model', 'learning-curves', 'confusion-matrix'])
          assert.ok(names.includes(name), `${name} in ${names}`);
        const history = await world.trainingApi('GET', `/runs/${runId}/metrics/val_loss/history`);
        assert.equal(history.status, 200);
        assert.equal(history.body.points.length, done.payload.epochs);
      }
    },
  );

  it(
    'coalesces requests that arrive while the model trains into one follow-up run, and the same config, data and backend give the same metrics',
    { timeout: 3 * ONE_MINUTE },
    async () => {
      await waitFor(() => trained('seattle-weather').length === 1, {
        timeoutMs: 2 * ONE_MINUTE,
        description: 'the automatic seattle-weather run',
      });
      const first = await requestTraining('seattle-weather');
      const second = await requestTraining('seattle-weather');
      const third = await requestTraining('seattle-weather');
      await waitFor(() => trained('seattle-weather').length === 3, {
        timeoutMs: 2 * ONE_MINUTE,
        description: 'two more seattle-weather models',
      });
      const started = world
        .eventsOf('TrainingRunStarted', (payload) => payload.modelName === 'seattle-weather')
        .map((event) => event.payload);
      const runs = await Promise.all(
        started.map(
          async (event) => (await world.trainingApi('GET', `/runs/${event.trainingRunId}`)).body,
        ),
      );
      const requestIds = runs.map((run) => run.requestIds);
      assert.deepEqual(requestIds, [[], [first], [second, third]]);
      // Who asked is the caller's principal (the world calls as the test operator).
      const { name } = TEST_PRINCIPALS.operator;
      assert.deepEqual(
        runs.map((run) => run.requestedBy),
        [runs[0].requestedBy, name, name],
      );
      assert.notEqual(runs[0].requestedBy, name);
      const [automatic, ...requested] = trained('seattle-weather').map((event) => event.payload);
      for (const model of requested) {
        assert.deepEqual(model.testMetrics, automatic.testMetrics);
        assert.deepEqual(model.validationMetrics, automatic.validationMetrics);
        assert.equal(model.lineage.configHash, automatic.lineage.configHash);
      }
    },
  );

  it('fails a run whose override makes the configuration invalid, naming the problem', async () => {
    const requestId = await requestTraining('flights-delay', { 'training.epochs': '-3' });
    const failed = await world.waitForEvent(
      'TrainingFailed',
      (payload) => payload.requestId === requestId,
    );
    assert.equal(failed.payload.errorCode, 'TRAINING.INVALID_CONFIG');
    assert.equal(failed.payload.retriable, false);
    assert.match(failed.payload.errorMessage, /training\.epochs/);
  });

  it(
    'runs again a run whose process was killed with SIGKILL mid-run: exactly one ModelTrained, and the run says what happened',
    { timeout: 4 * ONE_MINUTE },
    async () => {
      const config = JSON.parse(
        JSON.stringify(
          (await world.trainingApi('GET', '/training-configs/seattle-weather')).body.config,
        ),
      );
      config.modelName = 'seattle-weather-slow';
      config.autoTrain = false;
      config.training = { ...config.training, epochs: 150, batchSize: 16, earlyStopping: null };
      const registered = await world.trainingApi(
        'PUT',
        '/training-configs/seattle-weather-slow',
        config,
      );
      assert.equal(registered.status, 201, JSON.stringify(registered.body));

      const requestId = await requestTraining('seattle-weather-slow');
      const started = await world.waitForEvent(
        'TrainingRunStarted',
        (payload) => payload.requestId === requestId,
      );
      const runId = started.payload.trainingRunId;
      await world.waitForEvent(
        'TrainingEpochCompleted',
        (payload) => payload.trainingRunId === runId && payload.epoch >= 3,
      );
      await world.service('training').kill();
      await world.startService(TrainingTestWorld.trainingService());

      await world.waitForEvent(
        'ModelTrained',
        (payload) => payload.lineage.trainingRunId === runId,
        3 * ONE_MINUTE,
      );
      const run = (await world.trainingApi('GET', `/runs/${runId}`)).body;
      assert.equal(run.status, 'succeeded');
      assert.deepEqual(
        run.attemptHistory.map((attempt: Json) => attempt.outcome),
        ['interrupted', 'succeeded'],
      );
      const restarts = world.eventsOf(
        'TrainingRunStarted',
        (payload) => payload.trainingRunId === runId,
      );
      assert.deepEqual(
        restarts.map((event) => event.payload.attempt),
        [1, 2],
      );
      assert.equal(
        world.eventsOf('ModelTrained', (payload) => payload.lineage.trainingRunId === runId).length,
        1,
      );
    },
  );

  it('searches runs by attributes, params and metrics, sorted by a metric, and compares them', async () => {
    const filter = `attributes.model_name = 'seattle-weather' and params.optimizer = 'adam' and metrics.test_accuracy > 0`;
    const found = await world.trainingApi(
      'GET',
      `/runs?filter=${encodeURIComponent(filter)}&orderBy=${encodeURIComponent('metrics.test_accuracy DESC')}`,
    );
    assert.equal(found.status, 200, JSON.stringify(found.body));
    assert.ok(found.body.runs.length >= 3);
    const ids = found.body.runs.map((run: Json) => run.id);
    const compared = await world.trainingApi('GET', `/runs/compare?ids=${ids.join(',')}`);
    assert.equal(compared.status, 200, JSON.stringify(compared.body));
    assert.equal(compared.body.runs.length, ids.length);

    const bad = await world.trainingApi(
      'GET',
      `/runs?filter=${encodeURIComponent('metrics.auc >')}`,
    );
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'TRACKING.INVALID_FILTER');
  });
});
