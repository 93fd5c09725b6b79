import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { contractSample, TEST_PRINCIPALS, waitFor } from '@loopline/testing';
import { EventHeader } from '@loopline/contracts';
import { RetrainingDecisionRow, RetrainingRequestRow, RetrainingScheduleFireRow } from './database';
import type { RetrainingTrigger } from './retraining-triggers';
import {
  driftEvent,
  type RetrainingInstance,
  RetrainingTestWorld,
} from './test-support/retraining-test-world';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read as JSON
type Json = any;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('retraining triggers against the real PostgreSQL and Kafka', { timeout: 120_000 }, () => {
  const world = new RetrainingTestWorld();
  let a: RetrainingInstance;
  let b: RetrainingInstance;

  before(async () => {
    a = await world.start('monitoring-a', true);
    b = await world.start('monitoring-b', false);
    await world.recordRequests();
  });
  after(() => world.close());

  const finding = (modelName: string, windowId: string): RetrainingTrigger => ({
    modelName,
    trigger: 'drift',
    trainingRunId: `${modelName}-run-1`,
    windowId,
    reason: `PSI of distance 0.31 > 0.12 in window ${windowId}`,
  });
  /** Considers a finding on an instance, in its own transaction, as the drift slice does. */
  const consider = (instance: RetrainingInstance, modelName: string, windowId: string) =>
    instance.dataSource.transaction((manager) =>
      instance.triggers.consider(
        manager,
        finding(modelName, windowId),
        driftEvent(modelName, windowId),
      ),
    );
  const decisions = (modelName: string) =>
    a.dataSource.manager.find(RetrainingDecisionRow, {
      where: { modelName },
      order: { decidedAt: 'ASC', seq: 'ASC' },
    });
  const request = (requestId: string) =>
    a.dataSource.manager.findOneByOrFail(RetrainingRequestRow, { requestId });
  const outboxRequests = async (modelName: string) =>
    Number(
      (
        await a.dataSource.query(
          `SELECT count(*) AS n FROM "${world.schema}".outbox_messages WHERE event_type = 'TrainingRequested' AND message_key = $1`,
          [modelName],
        )
      )[0].n,
    );
  const http = async (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ) => {
    const response = await fetch(`${a.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };

  it('turns a burst of drift findings on two instances into one request; the rest are coalesced and say into which', async () => {
    const model = 'burst-model';
    const policy = { cooldownSeconds: 600, inFlightTimeoutSeconds: 3600, requireNewData: true };
    world.setPolicy(model, policy);
    const now = world.clock.now();
    await world.catalogue(
      a,
      { modelName: model, trainingRunId: `${model}-run-1`, featureSetId: 'fs-old' },
      [
        { featureSetId: 'fs-old', datasetVersionId: 'dv-old', materializedAt: now - 2 * DAY },
        { featureSetId: 'fs-new', datasetVersionId: 'dv-new', materializedAt: now - DAY },
      ],
    );

    // A finding while drift retraining is off creates the model's row: the burst below contends
    // for its lock, not for creating it.
    world.setPolicy(model, { ...policy, onDrift: false });
    await consider(a, model, 'w-off');
    world.setPolicy(model, policy);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => consider(i % 2 === 0 ? a : b, model, `w-${i}`)),
    );

    const [disabled, ...made] = await decisions(model);
    assert.equal(disabled.outcome, 'suppressed_disabled');
    assert.match(
      disabled.reason,
      /window w-off\. Not requested: the policy does not retrain on drift/,
    );
    assert.equal(made.length, 8);
    const requested = made.filter((each) => each.outcome === 'requested');
    assert.equal(requested.length, 1, JSON.stringify(made.map((each) => each.outcome)));
    const requestId = requested[0].trainingRequestId!;
    const coalesced = made.filter((each) => each.outcome === 'coalesced_in_flight');
    assert.equal(coalesced.length, 7);
    for (const each of coalesced) {
      assert.equal(each.trainingRequestId, requestId);
      assert.match(
        each.reason,
        new RegExp(`Not requested: retraining request ${requestId} .* is still in flight`),
      );
    }
    assert.equal(await outboxRequests(model), 1);

    const [published] = await waitFor(
      () => world.requestsOnBroker(model).length > 0 && world.requestsOnBroker(model),
      {
        description: 'the TrainingRequested on the broker',
      },
    );
    assert.equal(published.payload.requestId, requestId);
    assert.equal(published.payload.trigger, 'drift');
    assert.equal(published.payload.requestedBy, 'monitoring');
    assert.equal(published.payload.featureSetId, 'fs-new');
    assert.equal(published.payload.featureViewName, `${model}-features`);
    assert.match(published.payload.reason, /PSI of distance 0\.31 > 0\.12 in window w-\d/);
    assert.match(published.payload.reason, /dataset burst-model version dv-new/);
    assert.equal(published.headers[EventHeader.CausationId], requested[0].causeEventId);
  });

  it('ends the request on TrainingFailed from the broker, then suppresses during the cool-down until it expires', async () => {
    const model = 'cooldown-model';
    world.setPolicy(model, {
      cooldownSeconds: 600,
      inFlightTimeoutSeconds: 3600,
      requireNewData: false,
    });
    await consider(a, model, 'w-1');
    const [first] = await decisions(model);
    assert.equal(first.outcome, 'requested');
    const requestId = first.trainingRequestId!;

    await world.publish(a, 'TrainingRunStarted', {
      ...contractSample('TrainingRunStarted'),
      modelName: model,
      requestId,
      trainingRunId: `${model}-run-2`,
    });
    await waitFor(async () => (await request(requestId)).trainingRunId === `${model}-run-2`, {
      description: 'TrainingRunStarted to link the run',
    });
    // Named by its run only, as a failure after training coalesced requests would be.
    await world.publish(a, 'TrainingFailed', {
      ...contractSample('TrainingFailed'),
      modelName: model,
      requestId: null,
      trainingRunId: `${model}-run-2`,
      errorCode: 'TRAINING.DIVERGED',
    });
    const ended = await waitFor(
      async () => {
        const row = await request(requestId);
        return row.ending !== null && row;
      },
      { description: 'TrainingFailed to end the request' },
    );
    assert.equal(ended.ending, 'training_failed');
    assert.match(ended.endingDetail!, /TRAINING\.DIVERGED/);

    world.clock.advance(599_000);
    await consider(b, model, 'w-2');
    const cooling = (await decisions(model))[1];
    assert.equal(cooling.outcome, 'suppressed_cooldown');
    const until = new Date(first.decidedAt.getTime() + 600_000).toISOString();
    assert.match(cooling.reason, new RegExp(`lasts until ${until.replace(/\./g, '\\.')}`));
    assert.equal(cooling.trainingRequestId, null);

    world.clock.advance(1_000);
    await consider(a, model, 'w-3');
    const next = (await decisions(model))[2];
    assert.equal(next.outcome, 'requested');
    assert.notEqual(next.trainingRequestId, requestId);
    assert.equal(await outboxRequests(model), 2);

    const viewer = TEST_PRINCIPALS.viewer.headers;
    const listed = await http('GET', `/v1/models/${model}/retraining-decisions?limit=2`, viewer);
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.decisions.map((each: { outcome: string }) => each.outcome),
      ['requested', 'suppressed_cooldown'],
    );
    const oldest = await http('GET', `/v1/models/${model}/retraining-decisions`, viewer);
    assert.equal(oldest.body.decisions[2].trainingRequest.ending, 'training_failed');
    const state = await http('GET', `/v1/models/${model}/retraining`, viewer);
    assert.equal(state.body.inFlight.requestId, next.trainingRequestId);
    assert.equal(state.body.cooldownUntil, new Date(world.clock.now() + 600_000).toISOString());
    const bad = await http('GET', `/v1/models/${model}/retraining-decisions?limit=0`, viewer);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'MONITORING.INVALID_RETRAINING_QUERY');
  });

  it('keeps a request in flight until its version completes its rollout, and lets a silent one time out', async () => {
    const model = 'rollout-model';
    world.setPolicy(model, {
      cooldownSeconds: 0,
      inFlightTimeoutSeconds: 3600,
      requireNewData: false,
    });
    await consider(a, model, 'w-1');
    const requestId = (await decisions(model))[0].trainingRequestId!;
    await world.publish(a, 'TrainingRunStarted', {
      ...contractSample('TrainingRunStarted'),
      modelName: model,
      requestId,
      trainingRunId: `${model}-run-2`,
    });
    await waitFor(async () => (await request(requestId)).trainingRunId !== null, {
      description: 'TrainingRunStarted to link the run',
    });
    await consider(b, model, 'w-2');
    assert.equal((await decisions(model))[1].outcome, 'coalesced_in_flight');

    const completed = contractSample('RolloutCompleted');
    await world.publish(a, 'RolloutCompleted', {
      ...completed,
      modelName: model,
      lineage: { ...completed.lineage, trainingRunId: `${model}-run-2` },
    });
    const ended = await waitFor(
      async () => {
        const row = await request(requestId);
        return row.ending !== null && row;
      },
      { description: "RolloutCompleted (through the catalog's consumer) to end the request" },
    );
    assert.equal(ended.ending, 'rollout_completed');
    await consider(b, model, 'w-3');
    const third = (await decisions(model))[2];
    assert.equal(third.outcome, 'requested');

    // Nothing is heard of this one: after the timeout it stops blocking and is closed as such.
    world.clock.advance(3_600_000);
    await consider(a, model, 'w-4');
    assert.equal((await decisions(model))[3].outcome, 'requested');
    const silent = await request(third.trainingRequestId!);
    assert.equal(silent.ending, 'timed_out');
  });

  it('fires a cron time once with two instances racing, and only the latest time missed during downtime', async () => {
    const model = 'scheduled-model';
    world.setPolicy(model, {
      schedule: '0 * * * *',
      cooldownSeconds: 86_400,
      inFlightTimeoutSeconds: 3600,
      requireNewData: false,
    });
    world.clock.set(Date.parse('2030-02-01T10:30:00Z'));
    // First sight of the schedule: 10:00 was before it and never fires.
    assert.deepEqual(await Promise.all([a.ticker.tick(), b.ticker.tick()]), [0, 0]);

    world.clock.set(Date.parse('2030-02-01T11:00:05Z'));
    const fired = await Promise.all([
      a.ticker.tick(),
      b.ticker.tick(),
      b.ticker.tick(),
      a.ticker.tick(),
    ]);
    assert.equal(
      fired.reduce((sum, each) => sum + each, 0),
      1,
      `fired ${fired}`,
    );

    world.clock.set(Date.parse('2030-02-01T14:10:00Z'));
    const afterDowntime = await Promise.all([b.ticker.tick(), a.ticker.tick()]);
    assert.equal(
      afterDowntime.reduce((sum, each) => sum + each, 0),
      1,
    );

    const fires = await a.dataSource.manager.find(RetrainingScheduleFireRow, {
      where: { modelName: model },
      order: { scheduledFor: 'ASC' },
    });
    assert.deepEqual(
      fires.map((each) => each.scheduledFor.toISOString()),
      ['2030-02-01T11:00:00.000Z', '2030-02-01T14:00:00.000Z'],
    );
    const made = await decisions(model);
    // The schedule passed the day-long cool-down; the 11:00 request had timed out by 14:10.
    assert.deepEqual(
      made.map((each) => [each.trigger, each.outcome]),
      [
        ['schedule', 'requested'],
        ['schedule', 'requested'],
      ],
    );
    assert.equal(await outboxRequests(model), 2);
    const onBroker = await waitFor(
      () => world.requestsOnBroker(model).length >= 2 && world.requestsOnBroker(model),
      { description: 'both scheduled requests on the broker' },
    );
    assert.deepEqual(
      onBroker.map((each) => each.payload.trigger),
      ['schedule', 'schedule'],
    );
    assert.equal(onBroker[0].headers[EventHeader.CorrelationId], made[0].decisionId);
    assert.equal(onBroker[1].headers[EventHeader.CorrelationId], made[1].decisionId);

    const state = await http(
      'GET',
      `/v1/models/${model}/retraining`,
      TEST_PRINCIPALS.viewer.headers,
    );
    assert.equal(state.body.schedule.nextFireAt, '2030-02-01T15:00:00.000Z');
    assert.equal(state.body.schedule.lastFired.scheduledFor, '2030-02-01T14:00:00.000Z');
    assert.equal(state.body.inFlight.requestId, made[1].trainingRequestId);
  });

  it('lets an operator request retraining past the cool-down, recorded as a decision; a viewer may not', async () => {
    const model = 'manual-model';
    world.setPolicy(model, { cooldownSeconds: 86_400, requireNewData: true });
    const path = `/v1/models/${model}/retraining-requests`;
    const refused = await http('POST', path, TEST_PRINCIPALS.viewer.headers, {});
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'AUTH.MISSING_ROLE');

    const asked = async (reason: string) =>
      http('POST', path, TEST_PRINCIPALS.operator.headers, { reason });
    const first = await asked('new labels from the spring');
    const second = await asked('once more, inside the cool-down');
    assert.equal(first.status, 202, JSON.stringify(first.body));
    assert.equal(second.status, 202);
    for (const answer of [first, second]) {
      assert.equal(answer.body.outcome, 'requested');
      assert.equal(answer.body.trigger, 'manual');
    }
    assert.notEqual(first.body.trainingRequestId, second.body.trainingRequestId);
    assert.match(second.body.reason, /test-operator asked for retraining: once more/);
    const invalid = await http('POST', path, TEST_PRINCIPALS.operator.headers, {
      requestedBy: 'x',
    });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.code, 'MONITORING.INVALID_RETRAINING_REQUEST');

    const onBroker = await waitFor(
      () => world.requestsOnBroker(model).length >= 2 && world.requestsOnBroker(model),
      { description: 'both manual requests on the broker' },
    );
    assert.deepEqual(
      onBroker.map((each) => [each.payload.trigger, each.payload.requestedBy]),
      [
        ['manual', 'test-operator'],
        ['manual', 'test-operator'],
      ],
    );
    assert.equal(onBroker[1].payload.requestId, second.body.trainingRequestId);
    assert.equal(await outboxRequests(model), 2);
  });
});
