import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import { readPredictionLog } from '@loopline/prediction-logs';
import { TEST_PRINCIPALS, waitFor } from '@loopline/testing';
import {
  DeploymentTestWorld,
  LoadGenerator,
  MODEL,
  weatherInstances,
} from './test-support/deployment-test-world';

// HTTP and event bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ONE_MINUTE = 60_000;

describe('deployment on the real pipeline: rollouts, the prediction API, rollbacks', () => {
  let world: DeploymentTestWorld;
  let instances: Json[];
  let firstRun: string;
  let secondRun: string;

  before(
    async () => {
      world = await DeploymentTestWorld.start();
      instances = await weatherInstances(300);
      await world.lenientGate();
      await world.ingestSeattleWeather();
      const trained = await world.waitForEvent(
        'ModelTrained',
        (p) => p.modelName === MODEL,
        3 * ONE_MINUTE,
      );
      firstRun = trained.payload.lineage.trainingRunId;
    },
    { timeout: 5 * ONE_MINUTE },
  );
  after(() => world?.close());

  /** An approver asks for a version in production; deployment rolls it out. */
  async function approve(version: number, body: Json = {}): Promise<string> {
    // The registry refuses to approve what it already has in production: let it catch up first.
    await world.registryFollowed();
    const approved = await world.request(
      'registry',
      'POST',
      `/models/${MODEL}/versions/${version}/approvals`,
      { comment: 'deployment integration test', ...body },
      TEST_PRINCIPALS.approver.headers,
    );
    assert.equal(approved.status, 201, JSON.stringify(approved.body));
    const started = await world.waitForEvent(
      'RolloutStarted',
      (p) => p.modelVersion === version && !seenRollouts.has(p.rolloutId),
    );
    seenRollouts.add(started.payload.rolloutId);
    return started.payload.rolloutId;
  }
  const seenRollouts = new Set<string>();

  async function setFault(role: string, errorRate: number, addedLatencyMs: number) {
    const response = await world.request(
      'deployment',
      'PUT',
      `/v1/models/${MODEL}/faults`,
      { role, errorRate, addedLatencyMs },
      TEST_PRINCIPALS.admin.headers,
    );
    assert.equal(response.status, 200, JSON.stringify(response.body));
  }

  it(
    'rolls the first passed model out blue-green, moves production, and answers predictions',
    { timeout: 4 * ONE_MINUTE },
    async () => {
      const started = await world.waitForEvent(
        'RolloutStarted',
        (p) => p.lineage.trainingRunId === firstRun,
        3 * ONE_MINUTE,
      );
      seenRollouts.add(started.payload.rolloutId);
      assert.equal(started.payload.strategy, 'blue_green');
      assert.equal(started.payload.previousModelVersion, null);
      const completed = await world.waitForEvent(
        'RolloutCompleted',
        (p) => p.rolloutId === started.payload.rolloutId,
      );
      assert.equal(completed.payload.targetAlias, 'production');
      const alias = await world.waitForEvent(
        'ModelAliasAssigned',
        (p) => p.alias === 'production' && p.rolloutId === started.payload.rolloutId,
      );
      assert.equal(alias.payload.modelVersion, completed.payload.modelVersion);
      await world.servedBy(firstRun);

      const answer = await world.predict(instances.slice(0, 3));
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.body.modelName, MODEL);
      assert.equal(answer.body.trainingRunId, firstRun);
      assert.equal(answer.body.modelVersion, completed.payload.modelVersion);
      assert.equal(answer.body.servedBy, 'champion');
      assert.match(answer.body.requestId, /^[0-9a-f-]{36}$/);
      assert.equal(answer.body.predictions.length, 3);
      for (const prediction of answer.body.predictions) {
        const probabilities = Object.values(prediction.probabilities) as number[];
        assert.equal(probabilities.length, 5);
        assert.ok(Math.abs(probabilities.reduce((a, b) => a + b, 0) - 1) < 1e-4);
        assert.equal(
          prediction.prediction,
          Object.entries(prediction.probabilities).sort((a: Json, b: Json) => b[1] - a[1])[0][0],
        );
      }
    },
  );

  it('answers bad requests with field-level 400s and needs a token', async () => {
    const bad = await world.predict([
      { date: 'not a date', precipitation: 'lots', temp_max: 10, temp_min: 2 },
      { date: '2013-01-01', precipitation: 0, temp_max: 1, temp_min: 0, wind: 3, colour: 'red' },
    ]);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'DEPLOYMENT.INVALID_PREDICTION_REQUEST');
    const paths = bad.body.details.problems.map((p: Json) => p.path).sort();
    assert.deepEqual(paths, ['instances[0].wind', 'instances[1].colour']);
    const typed = await world.predict([{ ...instances[0], precipitation: 'lots' }]);
    assert.equal(typed.status, 400);
    assert.deepEqual(
      typed.body.details.problems.map((p: Json) => p.path),
      ['instances[0].precipitation'],
    );
    const shape = await world.request('deployment', 'POST', `/v1/models/${MODEL}/predict`, {
      rows: [],
    });
    assert.equal(shape.status, 400);
    const anonymous = await world.predict([instances[0]], { authorization: '' });
    assert.equal(anonymous.status, 401);
    const unknown = await world.request('deployment', 'POST', '/v1/models/no-such-model/predict', {
      instances: [instances[0]],
    });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'DEPLOYMENT.MODEL_NOT_SERVED');
  });

  it(
    'promotes a canary step by step under load, hot-swapping with zero failed requests',
    { timeout: 5 * ONE_MINUTE },
    async () => {
      const load = new LoadGenerator(world, instances).start(8);
      try {
        secondRun = await world.trainPassingModel();
        const started = await world.waitForEvent(
          'RolloutStarted',
          (p) => p.lineage.trainingRunId === secondRun,
        );
        seenRollouts.add(started.payload.rolloutId);
        assert.equal(started.payload.strategy, 'canary');
        assert.deepEqual(
          started.payload.steps.map((s: Json) => s.trafficPercent),
          [30, 60, 100],
        );
        // Ended either way: a rollback fails here with its reason instead of a long timeout.
        const ended = await waitFor(
          () =>
            world
              .events()
              .find(
                (e) =>
                  ['RolloutCompleted', 'RolloutRolledBack'].includes(e.type) &&
                  e.payload.rolloutId === started.payload.rolloutId,
              ) ?? false,
          { timeoutMs: 2 * ONE_MINUTE, description: 'the canary rollout to end' },
        );
        assert.equal(ended.type, 'RolloutCompleted', JSON.stringify(ended.payload));
        const completed = ended;
        const steps = world.eventsOf(
          'RolloutStepCompleted',
          (p) => p.rolloutId === started.payload.rolloutId,
        );
        assert.deepEqual(
          steps.map((s) => s.payload.stepIndex),
          [0, 1, 2],
        );
        assert.ok(steps.every((s) => s.payload.healthy));
        assert.ok(steps[0].payload.observedMetrics.candidate_requests >= 40);
        assert.ok(completed.payload.durationMs > 0);
        await world.servedBy(secondRun);
      } finally {
        await load.stop();
      }
      assert.equal(load.failures, 0, JSON.stringify([...load.statuses]));
      assert.ok((load.servedBy.get('challenger') ?? 0) > 0, 'the canary answered some requests');
      assert.ok((load.versions.get(secondRun) ?? 0) > 0);
    },
  );

  it(
    'rolls a canary back automatically when its error rate breaches the guardrail, with the evidence',
    { timeout: 3 * ONE_MINUTE },
    async () => {
      await setFault('challenger', 1, 0);
      const load = new LoadGenerator(world, instances).start(6);
      try {
        const firstVersion = await world.versionOf(firstRun);
        const rolloutId = await approve(firstVersion, { strategy: 'canary' });
        const rolledBack = await world.waitForEvent(
          'RolloutRolledBack',
          (p) => p.rolloutId === rolloutId,
        );
        assert.equal(rolledBack.payload.reason, 'guardrail_breached');
        assert.ok(rolledBack.payload.breachedGuardrails.error_rate_increase > 0.02);
        assert.equal(rolledBack.payload.restoredModelVersion, await world.versionOf(secondRun));
        assert.match(rolledBack.payload.detail, /error/i);
        const unhealthy = await world.waitForEvent(
          'RolloutStepCompleted',
          (p) => p.rolloutId === rolloutId && !p.healthy,
        );
        assert.ok(unhealthy.payload.observedMetrics.candidate_error_rate > 0.5);
      } finally {
        await load.stop();
        await setFault('challenger', 0, 0);
      }
      const status = await world.servedBy(secondRun);
      assert.equal(status.candidate, null);
    },
  );

  it(
    'rolls a canary back when its latency breaches the guardrail',
    { timeout: 3 * ONE_MINUTE },
    async () => {
      await setFault('challenger', 0, 120);
      const load = new LoadGenerator(world, instances).start(12);
      try {
        const rolloutId = await approve(await world.versionOf(firstRun), { strategy: 'canary' });
        const rolledBack = await world.waitForEvent(
          'RolloutRolledBack',
          (p) => p.rolloutId === rolloutId,
          2 * ONE_MINUTE,
        );
        assert.equal(rolledBack.payload.reason, 'guardrail_breached');
        assert.ok(rolledBack.payload.breachedGuardrails.p95_latency_increase_ms > 40);
      } finally {
        await load.stop();
        await setFault('challenger', 0, 0);
      }
      assert.equal(load.failures, 0);
    },
  );

  it(
    'promotes a shadow on agreement without ever returning its answers',
    { timeout: 3 * ONE_MINUTE },
    async () => {
      const load = new LoadGenerator(world, instances).start(6);
      let rolloutId: string;
      try {
        rolloutId = await approve(await world.versionOf(firstRun), { strategy: 'shadow' });
        await world.waitForEvent(
          'RolloutCompleted',
          (p) => p.rolloutId === rolloutId,
          2 * ONE_MINUTE,
        );
      } finally {
        await load.stop();
      }
      assert.equal(load.failures, 0);
      assert.equal(load.servedBy.get('challenger') ?? 0, 0, 'a shadow never answers');
      const step = world.eventsOf('RolloutStepCompleted', (p) => p.rolloutId === rolloutId)[0];
      assert.ok(step.payload.observedMetrics.agreement >= 0.5);
      await world.servedBy(firstRun);
    },
  );

  it(
    'rolls back to the previous version on request, failing no request',
    { timeout: 2 * ONE_MINUTE },
    async () => {
      const load = new LoadGenerator(world, instances).start(8);
      try {
        const response = await world.request('deployment', 'POST', `/v1/models/${MODEL}/rollback`, {
          reason: 'integration test: back to the canary-promoted version',
        });
        assert.equal(response.status, 202, JSON.stringify(response.body));
        await waitFor(
          async () => {
            const answer = await world.predict([instances[0]]);
            return answer.status === 200 && answer.body.trainingRunId === secondRun;
          },
          { timeoutMs: 10_000, intervalMs: 10, description: 'served by the previous version' },
        );
        const rolledBack = await world.waitForEvent(
          'RolloutRolledBack',
          (p) => p.requestId === response.body.requestId,
        );
        assert.equal(rolledBack.payload.reason, 'manual');
        assert.equal(rolledBack.payload.restoredModelVersion, await world.versionOf(secondRun));
        await world.waitForEvent(
          'ModelAliasAssigned',
          (p) =>
            p.alias === 'production' &&
            p.modelVersion === rolledBack.payload.restoredModelVersion &&
            p.reason.includes('rollback'),
        );
      } finally {
        await load.stop();
      }
      assert.equal(load.failures, 0, JSON.stringify([...load.statuses]));
    },
  );

  it(
    'serves the same state from a second replica and decides each rollout step once',
    { timeout: 3 * ONE_MINUTE },
    async () => {
      const replica = await world.startSecondDeployment();
      try {
        const status = await waitFor(async () => {
          const response = await fetch(`${replica.url}/v1/models/${MODEL}`, {
            headers: TEST_PRINCIPALS.viewer.headers,
          });
          const body = (await response.json()) as Json;
          return body.stable?.trainingRunId === secondRun ? body : false;
        });
        assert.equal(status.stable.trainingRunId, secondRun);
        const here = new LoadGenerator(world, instances).start(4);
        const there = new LoadGenerator(world, instances, replica).start(4);
        let rolloutId: string;
        try {
          rolloutId = await approve(await world.versionOf(firstRun), { strategy: 'canary' });
          await world.waitForEvent(
            'RolloutCompleted',
            (p) => p.rolloutId === rolloutId,
            2 * ONE_MINUTE,
          );
        } finally {
          await Promise.all([here.stop(), there.stop()]);
        }
        assert.equal(here.failures + there.failures, 0);
        assert.ok((there.servedBy.get('challenger') ?? 0) > 0, 'the replica served the canary too');
        const steps = world.eventsOf('RolloutStepCompleted', (p) => p.rolloutId === rolloutId);
        assert.deepEqual(
          steps.map((step) => step.payload.stepIndex),
          [0, 1, 2],
          'each step decided once',
        );
        await world.servedBy(firstRun);
      } finally {
        await replica.stop();
      }
    },
  );

  it(
    'supersedes a rollout under way when a newer version passes its gate',
    { timeout: 4 * ONE_MINUTE },
    async () => {
      // Without traffic the canary waits at its first step, still under way.
      const waiting = await approve(await world.versionOf(secondRun), { strategy: 'canary' });
      const thirdRun = await world.trainPassingModel();
      const superseded = await world.waitForEvent(
        'RolloutRolledBack',
        (p) => p.rolloutId === waiting,
      );
      assert.equal(superseded.payload.reason, 'superseded');
      // The newer version is named by number, or by run when its number was not known yet.
      const third = `v${await world.versionOf(thirdRun)} |run ${thirdRun}`;
      assert.match(superseded.payload.detail, new RegExp(third));
      const next = await world.waitForEvent(
        'RolloutStarted',
        (p) => p.lineage.trainingRunId === thirdRun,
      );
      const rollouts = await world.request('deployment', 'GET', `/v1/rollouts?modelName=${MODEL}`);
      const states = Object.fromEntries(
        rollouts.body.rollouts.map((r: Json) => [r.rolloutId, r.state]),
      );
      assert.equal(states[waiting], 'superseded');
      assert.equal(states[next.payload.rolloutId], 'in_progress');
    },
  );

  it(
    'logs predictions to the object store in batches and announces them',
    { timeout: ONE_MINUTE },
    async () => {
      const logged = await world.waitForEvent(
        'PredictionsLogged',
        (p) => p.modelName === MODEL && p.rowCount > 0,
      );
      assert.equal(logged.payload.format, 'arrow');
      assert.match(logged.payload.predictions.uri, /^s3:\/\/loopline-predictions\//);
      assert.ok(['champion', 'challenger', 'shadow'].includes(logged.payload.role));
      // The rows are logged as the model scored them: timestamps parsed, not the request's text.
      const store = new ArtifactStore(createMinioClient(world.stack.minio));
      const log = readPredictionLog(
        await store.get(logged.payload.predictions.uri, {
          expectedSha256: logged.payload.predictions.sha256,
        }),
      );
      const date = log.inputs.columns.date;
      assert.ok(date?.type === 'timestamp' && Number.isFinite(date.values[0]));
    },
  );
});
