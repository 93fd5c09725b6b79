import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import type {
  ModelGateFailed,
  ModelGatePassed,
  ModelTrained,
  RolloutCompleted,
  RolloutRolledBack,
} from '@loopline/contracts';
import {
  contractSample,
  dropSchema,
  freePort,
  ServiceProcess,
  ServiceWorld,
  TEST_PRINCIPALS,
  uniqueIdentifier,
  waitFor,
} from '@loopline/testing';
import { OutboxProducer } from './test-support/outbox-producer';

// HTTP and event bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const FLIGHTS = 'flights-delay';
const WEATHER = 'seattle-weather';
const DATASET_VERSION = randomUUID();
const FEATURE_SET = randomUUID();
const RUN = { v1: randomUUID(), v2: randomUUID(), v3: randomUUID(), v4: randomUUID() };
const WEATHER_RUN = randomUUID();
const approver = { authorization: TEST_PRINCIPALS.approver.headers.authorization };

const trainedSample = contractSample('ModelTrained');
const passedSample = contractSample('ModelGatePassed');
const failedSample = contractSample('ModelGateFailed');
const completedSample = contractSample('RolloutCompleted');
const rolledBackSample = contractSample('RolloutRolledBack');

function trained(modelName: string, trainingRunId: string): ModelTrained {
  const onFlights = modelName === FLIGHTS;
  return {
    ...trainedSample,
    modelName,
    lineage: {
      ...trainedSample.lineage,
      trainingRunId,
      featureSetId: onFlights ? FEATURE_SET : randomUUID(),
      featureViewName: onFlights ? 'flights-delay' : 'seattle-weather',
      datasetName: onFlights ? 'flights' : 'seattle-weather',
      datasetVersionId: onFlights ? DATASET_VERSION : randomUUID(),
    },
    testMetrics: { roc_auc: 0.58, log_loss: 0.47 },
  };
}

function passed(
  modelName: string,
  trainingRunId: string,
  report: ModelGatePassed['report'] = passedSample.report,
): ModelGatePassed {
  return {
    ...passedSample,
    modelName,
    evaluationId: randomUUID(),
    lineage: { ...trained(modelName, trainingRunId).lineage },
    modelVersion: null,
    report,
  };
}

function failed(modelName: string, trainingRunId: string): ModelGateFailed {
  return {
    ...failedSample,
    modelName,
    evaluationId: randomUUID(),
    lineage: { ...trained(modelName, trainingRunId).lineage },
    modelVersion: null,
  };
}

/** A rollout of a version that completed, as deployment publishes it. */
function completed(
  trainingRunId: string,
  modelVersion: number | null,
  previousModelVersion: number | null,
  strategy: RolloutCompleted['strategy'] = 'canary',
): RolloutCompleted {
  return {
    ...completedSample,
    modelName: FLIGHTS,
    rolloutId: randomUUID(),
    modelVersion,
    lineage: { ...trained(FLIGHTS, trainingRunId).lineage },
    strategy,
    previousModelVersion,
    targetAlias: 'production',
    completedAt: Date.now(),
  };
}

/** A rollout rolled back, as deployment publishes it. */
function rolledBack(
  trainingRunId: string,
  modelVersion: number,
  restoredModelVersion: number | null,
): RolloutRolledBack {
  return {
    ...rolledBackSample,
    modelName: FLIGHTS,
    rolloutId: randomUUID(),
    modelVersion,
    trainingRunId,
    restoredModelVersion,
    reason: 'guardrail_breached',
    detail: 'error rate 4.1% over the 2% guardrail',
    rolledBackAt: Date.now(),
  };
}

describe('model registry on the real stack', { timeout: 240_000 }, () => {
  const world = new ServiceWorld('model-registry');
  const store = new ArtifactStore(createMinioClient(world.stack.minio));
  const producerSchema = uniqueIdentifier('registry_producer');
  let producer: OutboxProducer;

  before(async () => {
    await world.start(
      [{ name: 'registry', env: { AUDIT_CHECKPOINT_INTERVAL_MS: '60000' } }],
      ['ModelVersionRegistered'], // the registry's own topic: registrations, aliases, decisions
    );
    producer = await OutboxProducer.start({
      serviceName: 'registry-it-producer',
      schema: producerSchema,
      topicPrefix: world.prefix,
      events: [
        'ModelTrained',
        'ModelGatePassed',
        'ModelGateFailed',
        'DatasetVersionCreated',
        'FeatureSetMaterialized',
        'RolloutCompleted',
        'RolloutRolledBack',
      ],
    });
  });
  after(async () => {
    await producer?.close();
    await world.close();
    await dropSchema(world.stack.databaseUrl, producerSchema);
  });

  const api = (method: string, path: string, body?: Json, headers?: Record<string, string>) =>
    world.request('registry', method, path, body, headers);
  const get = async (path: string) => (await api('GET', path)).body;
  const version = (model: string, number: number) => get(`/models/${model}/versions/${number}`);
  /** Waits until the registry has audited (and so projected) `count` events of `type`. */
  const audited = (type: string, count: number) =>
    waitFor(
      async () => (await get(`/audit-log?eventType=${type}&limit=500`)).entries.length >= count,
      { description: `${count} audited ${type}` },
    );
  const aliasEvents = (model: string, alias: string) =>
    world
      .eventsOf('ModelAliasAssigned', (p) => p.modelName === model && p.alias === alias)
      .map((event) => event.payload);

  const policyEvents = (model: string) =>
    world.eventsOf('ModelPolicyRegistered', (p) => p.modelName === model).map((e) => e.payload);

  it('publishes each shipped model policy as version 1', async () => {
    await waitFor(() => world.eventsOf('ModelPolicyRegistered').length >= 2, {
      description: 'two policies registered',
    });
    const [flights] = policyEvents(FLIGHTS);
    assert.equal(policyEvents(FLIGHTS).length, 1);
    assert.equal(policyEvents(WEATHER).length, 1);
    assert.deepEqual(
      [flights.policyVersion, flights.approvalRequiredFor, flights.owners],
      [
        1,
        ['production'],
        ['ml-platform@loopline.example', 'airport-operations-analytics@loopline.example'],
      ],
    );
    const stored = await get(`/model-policies/${FLIGHTS}`);
    assert.deepEqual(
      [stored.version, stored.sha256, Date.parse(stored.registeredAt)],
      [1, flights.policySha256, flights.registeredAt],
    );
    assert.deepEqual(stored.document.approval, { requiredFor: ['production'] });
    const none = await api('GET', `/model-policies/${FLIGHTS}?version=2`);
    assert.equal(none.status, 404);
    assert.equal(none.body.code, 'REGISTRY.MODEL_POLICY_NOT_FOUND');
  });

  it('numbers versions per model from 1, once per training run', async () => {
    const dataset = contractSample('DatasetVersionCreated');
    await producer.publish('DatasetVersionCreated', {
      ...dataset,
      datasetName: 'flights',
      datasetVersionId: DATASET_VERSION,
      version: 7,
      sourceBatchIds: ['batch-jan-a', 'batch-jan-b'],
    });
    await producer.publish('FeatureSetMaterialized', {
      ...contractSample('FeatureSetMaterialized'),
      featureViewName: 'flights-delay',
      featureViewVersion: 3,
      featureSetId: FEATURE_SET,
      datasetName: 'flights',
      datasetVersionId: DATASET_VERSION,
    });
    await producer.publish(
      'ModelTrained',
      trained(FLIGHTS, RUN.v1),
      trained(FLIGHTS, RUN.v2),
      trained(WEATHER, WEATHER_RUN),
    );
    // The same run again under a new event id, as a producer retrying after a lost ack would.
    await producer.publish('ModelTrained', trained(FLIGHTS, RUN.v1));
    await audited('ModelTrained', 4);

    const listed = await get(`/models/${FLIGHTS}/versions`);
    assert.deepEqual(
      listed.versions.map((each: Json) => [each.version, each.trainingRunId, each.stage]),
      [
        [2, RUN.v2, 'pending_evaluation'],
        [1, RUN.v1, 'pending_evaluation'],
      ],
    );
    assert.equal((await version(WEATHER, 1)).trainingRunId, WEATHER_RUN);
    const models = await get('/models');
    assert.deepEqual(
      models.models.map((model: Json) => [model.modelName, model.versionCount]),
      [
        [FLIGHTS, 2],
        [WEATHER, 1],
      ],
    );

    await waitFor(() => world.eventsOf('ModelVersionRegistered').length >= 3, {
      description: 'three registrations',
    });
    const registered = world.eventsOf('ModelVersionRegistered').map((event) => event.payload);
    assert.equal(registered.length, 3);
    const first = registered.find((each) => each.lineage.trainingRunId === RUN.v1);
    assert.equal(first.modelVersion, 1);
    assert.deepEqual(first.metrics, { 'test.roc_auc': 0.58, 'test.log_loss': 0.47 });
    assert.equal(first.tags.backend, trainedSample.backend);
    assert.equal(first.tags.frameworkVersion, trainedSample.frameworkVersion);
    assert.equal(first.modelCard, null);
  });

  it('applies a verdict that arrives before its version, and makes a passed version the candidate', async () => {
    await producer.publish('ModelGatePassed', passed(FLIGHTS, RUN.v3));
    await audited('ModelGatePassed', 1);
    assert.equal((await get(`/models/${FLIGHTS}/versions`)).versions.length, 2, 'no version yet');
    await producer.publish('ModelTrained', trained(FLIGHTS, RUN.v3));
    const v3 = await waitFor(
      async () => {
        const body = await version(FLIGHTS, 3);
        return body.stage === 'passed' && body;
      },
      { description: 'version 3 passed' },
    );
    assert.deepEqual(v3.aliases, ['candidate']);
    assert.equal(v3.gateVerdict.status, 'passed');
    assert.equal(v3.gateVerdict.policy.name, passedSample.policyName);

    // Version 1 passes later: it is passed, but the newer candidate stays.
    const report = await storeReport(RUN.v1);
    await producer.publish('ModelGatePassed', passed(FLIGHTS, RUN.v1, report));
    await waitFor(async () => (await version(FLIGHTS, 1)).stage === 'passed', {
      description: 'version 1 passed',
    });
    assert.deepEqual((await get(`/models/${FLIGHTS}/aliases`)).aliases, { candidate: 3 });
    const moves = await waitFor(
      () => aliasEvents(FLIGHTS, 'candidate').length > 0 && aliasEvents(FLIGHTS, 'candidate'),
      {
        description: 'candidate move',
      },
    );
    assert.deepEqual(
      moves.map((move: Json) => [
        move.modelVersion,
        move.previousModelVersion,
        move.reason,
        move.assignedBy,
      ]),
      [[3, null, 'gate passed', 'registry']],
    );
  });

  it('moves production only when a rollout completes, never at approval or by a PUT', async () => {
    const put = await api('PUT', `/models/${FLIGHTS}/aliases/production`, {
      version: 3,
      reason: 'ship it',
    });
    assert.equal(put.status, 409);
    assert.equal(put.body.code, 'REGISTRY.ALIAS_FOLLOWS_DEPLOYMENT');
    assert.match(put.body.message, /POST \/models\/flights-delay\/versions\/3\/approvals/);
    assert.match(put.body.message, /RollbackRequested/);

    const byOperator = await api('POST', `/models/${FLIGHTS}/versions/3/approvals`, {});
    assert.equal(byOperator.status, 403);
    assert.equal((await version(FLIGHTS, 3)).stage, 'passed');
    assert.deepEqual((await get(`/models/${FLIGHTS}/aliases`)).aliases, { candidate: 3 });

    const bad = await api(
      'POST',
      `/models/${FLIGHTS}/versions/3/approvals`,
      { strategy: 'big-bang', overrideFailedGate: 'yes', colour: 1 },
      approver,
    );
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'REGISTRY.INVALID_REQUEST');
    assert.equal(bad.body.details.problems.length, 3);

    const approved = await api(
      'POST',
      `/models/${FLIGHTS}/versions/3/approvals`,
      { comment: 'first production model', strategy: 'canary' },
      approver,
    );
    assert.equal(approved.status, 201, JSON.stringify(approved.body));
    assert.equal(approved.body.decision.decidedBy, TEST_PRINCIPALS.approver.name);
    assert.deepEqual(
      [approved.body.rollout, approved.body.alias, approved.body.stage],
      ['pending', null, 'passed'],
    );
    assert.deepEqual(approved.body.aliases, { candidate: 3 });
    const event = await world.waitForEvent(
      'PromotionApproved',
      (p) => p.approvalId === approved.body.decision.approvalId,
    );
    assert.deepEqual(
      [event.payload.modelVersion, event.payload.trainingRunId, event.payload.strategy],
      [3, RUN.v3, 'canary'],
    );
    assert.equal(event.payload.approvedBy, TEST_PRINCIPALS.approver.name);
    assert.equal(event.payload.overriddenEvaluationId, null);

    // Deployment rolls version 3 out and reports it complete.
    const first = completed(RUN.v3, 3, null);
    await producer.publish('RolloutCompleted', first);
    await waitFor(async () => (await version(FLIGHTS, 3)).stage === 'production', {
      description: 'version 3 in production',
    });
    assert.deepEqual((await get(`/models/${FLIGHTS}/aliases`)).aliases, {
      candidate: 3,
      production: 3,
    });

    // Another approval while nothing is pending; its rollout reports the version only by its run.
    const second = await api('POST', `/models/${FLIGHTS}/versions/1/approvals`, {}, approver);
    assert.equal(second.status, 201, JSON.stringify(second.body));
    assert.equal(second.body.rollout, 'pending');
    assert.equal((await version(FLIGHTS, 1)).stage, 'passed', 'not before its rollout');
    const next = completed(RUN.v1, null, 3, 'blue_green');
    await producer.publish('RolloutCompleted', next);
    await waitFor(async () => (await version(FLIGHTS, 1)).stage === 'production', {
      description: 'version 1 in production',
    });
    assert.equal((await version(FLIGHTS, 3)).stage, 'archived', 'the previous production');
    await waitFor(() => aliasEvents(FLIGHTS, 'production').length === 2, {
      description: 'two production moves',
    });
    assert.deepEqual(
      aliasEvents(FLIGHTS, 'production').map((move) => [
        move.modelVersion,
        move.previousModelVersion,
        move.rolloutId,
        move.reason,
        move.assignedBy,
      ]),
      [
        [3, null, first.rolloutId, `rollout ${first.rolloutId} completed (canary)`, 'deployment'],
        [1, 3, next.rolloutId, `rollout ${next.rolloutId} completed (blue_green)`, 'deployment'],
      ],
    );
  });

  it('answers where an alias pointed at any time, from its full history', async () => {
    const history = await get(`/models/${FLIGHTS}/aliases/production/history`);
    assert.deepEqual(
      history.moves.map((move: Json) => [move.modelVersion, move.assignedBy]),
      [
        [3, 'deployment'],
        [1, 'deployment'],
      ],
    );
    const [first, second] = history.moves.map((move: Json) => Date.parse(move.assignedAt));
    assert.ok(second > first, 'two distinct moments');
    const between = new Date((first + second) / 2).toISOString();
    const then = await get(`/models/${FLIGHTS}/aliases/production?at=${between}`);
    assert.equal(then.modelVersion, 3);
    assert.equal((await get(`/models/${FLIGHTS}/aliases/production`)).modelVersion, 1);
    const before = await api(
      'GET',
      `/models/${FLIGHTS}/aliases/production?at=${new Date(first - 1).toISOString()}`,
    );
    assert.equal(before.status, 404);
    assert.equal(before.body.code, 'REGISTRY.ALIAS_NOT_FOUND');
    const badTime = await api('GET', `/models/${FLIGHTS}/aliases/production?at=yesterday`);
    assert.equal(badTime.status, 400);
  });

  it('approves a version that failed its gate only with an override and a reason', async () => {
    const gate = failed(FLIGHTS, RUN.v4);
    await producer.publish('ModelTrained', trained(FLIGHTS, RUN.v4));
    await producer.publish('ModelGateFailed', gate);
    await waitFor(async () => (await version(FLIGHTS, 4)).stage === 'failed', {
      description: 'version 4 failed',
    });

    const staging = await api('PUT', `/models/${FLIGHTS}/aliases/staging`, {
      version: 4,
      reason: 'try it',
    });
    assert.equal(staging.status, 409);
    assert.equal(staging.body.code, 'REGISTRY.ILLEGAL_STAGE_TRANSITION');
    assert.deepEqual(staging.body.details.allowed, ['rejected', 'archived']);

    const path = `/models/${FLIGHTS}/versions/4/approvals`;
    const refused = await api('POST', path, {}, approver);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'REGISTRY.GATE_FAILED');
    assert.deepEqual(refused.body.details.failedChecks, [
      'min_test_auc',
      'no_regression_vs_production',
    ]);
    const noReason = await api('POST', path, { overrideFailedGate: true }, approver);
    assert.equal(noReason.status, 400);
    assert.equal((await version(FLIGHTS, 4)).stage, 'failed');

    const overridden = await api(
      'POST',
      path,
      { overrideFailedGate: true, comment: 'regression accepted for the winter schedule' },
      approver,
    );
    assert.equal(overridden.status, 201, JSON.stringify(overridden.body));
    assert.deepEqual([overridden.body.stage, overridden.body.rollout], ['failed', 'pending']);
    const event = await world.waitForEvent(
      'PromotionApproved',
      (p) => p.approvalId === overridden.body.decision.approvalId,
    );
    assert.equal(event.payload.overriddenEvaluationId, gate.evaluationId);
    assert.equal(event.payload.comment, 'regression accepted for the winter schedule');

    // Its rollout completes: the override approved for production lets the failed version in.
    await producer.publish('RolloutCompleted', completed(RUN.v4, 4, 1));
    await waitFor(async () => (await version(FLIGHTS, 4)).stage === 'production', {
      description: 'version 4 in production',
    });
    assert.equal((await version(FLIGHTS, 1)).stage, 'archived');
  });

  it('follows a rollback after completion back to the version serving again', async () => {
    // Version 2 never reached production: its rollback before completion moves nothing.
    const early = rolledBack(RUN.v2, 2, 4);
    const late = rolledBack(RUN.v4, 4, 1);
    await producer.publish('RolloutRolledBack', early, late);
    await waitFor(async () => (await version(FLIGHTS, 1)).stage === 'production', {
      description: 'version 1 back in production',
    });
    assert.equal((await version(FLIGHTS, 4)).stage, 'archived');
    assert.equal((await version(FLIGHTS, 2)).stage, 'pending_evaluation');
    assert.equal((await get(`/models/${FLIGHTS}/aliases`)).aliases.production, 1);
    await waitFor(() => aliasEvents(FLIGHTS, 'production').length === 4, {
      description: 'four production moves',
    });
    const moves = aliasEvents(FLIGHTS, 'production');
    assert.equal(moves.length, 4, 'the early rollback moved nothing');
    assert.deepEqual(
      [moves[3].modelVersion, moves[3].previousModelVersion, moves[3].rolloutId, moves[3].reason],
      [
        1,
        4,
        null,
        `rollback of rollout ${late.rolloutId} (guardrail_breached): error rate 4.1% over the 2% guardrail`,
      ],
    );
    assert.equal(moves[3].assignedBy, 'deployment');
  });

  it('ends the candidate of a rejected version, for good', async () => {
    await producer.publish('ModelGatePassed', passed(WEATHER, WEATHER_RUN));
    await waitFor(async () => (await version(WEATHER, 1)).aliases.includes('candidate'), {
      description: 'weather candidate',
    });
    // An alias deployment does not own moves at the approval itself.
    const staged = await api(
      'POST',
      `/models/${WEATHER}/versions/1/approvals`,
      { targetAlias: 'staging' },
      approver,
    );
    assert.equal(staged.status, 201, JSON.stringify(staged.body));
    assert.deepEqual(
      [staged.body.rollout, staged.body.alias.modelVersion, staged.body.stage],
      [null, 1, 'staging'],
    );
    assert.deepEqual((await get(`/models/${WEATHER}/aliases`)).aliases, {
      candidate: 1,
      staging: 1,
    });
    const byOperator = await api('POST', `/models/${WEATHER}/versions/1/rejections`, {
      reason: 'no',
    });
    assert.equal(byOperator.status, 403);
    const missing = await api('POST', `/models/${WEATHER}/versions/1/rejections`, {}, approver);
    assert.equal(missing.status, 400);
    const rejected = await api(
      'POST',
      `/models/${WEATHER}/versions/1/rejections`,
      { reason: 'fog days are all labelled rain' },
      approver,
    );
    assert.equal(rejected.status, 201, JSON.stringify(rejected.body));
    assert.equal(rejected.body.stage, 'rejected');
    assert.deepEqual(rejected.body.removedAliases.sort(), ['candidate', 'staging']);
    assert.deepEqual((await get(`/models/${WEATHER}/aliases`)).aliases, {});
    const event = await world.waitForEvent('PromotionRejected', (p) => p.modelName === WEATHER);
    assert.equal(event.payload.reason, 'fog days are all labelled rain');
    assert.equal(event.payload.rejectedBy, TEST_PRINCIPALS.approver.name);

    const again = await api('POST', `/models/${WEATHER}/versions/1/approvals`, {}, approver);
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'REGISTRY.VERSION_REJECTED');
    const unknown = await api('POST', `/models/${WEATHER}/versions/9/approvals`, {}, approver);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'REGISTRY.MODEL_VERSION_NOT_FOUND');
  });

  it('traces lineage both ways', async () => {
    const lineage = await get(`/models/${FLIGHTS}/versions/1/lineage`);
    assert.deepEqual(lineage.trainingRun, {
      id: RUN.v1,
      configHash: trainedSample.lineage.configHash,
      codeCommit: trainedSample.lineage.codeCommit,
      backend: trainedSample.backend,
    });
    assert.deepEqual(
      [
        lineage.featureSet.id,
        lineage.featureSet.featureViewName,
        lineage.featureSet.featureViewVersion,
      ],
      [FEATURE_SET, 'flights-delay', 3],
    );
    assert.deepEqual(
      [
        lineage.datasetVersion.id,
        lineage.datasetVersion.version,
        lineage.datasetVersion.sourceBatchIds,
      ],
      [DATASET_VERSION, 7, ['batch-jan-a', 'batch-jan-b']],
    );
    const unseen = await get(`/models/${WEATHER}/versions/1/lineage`);
    assert.equal(unseen.datasetVersion.version, null, 'a dataset version the registry never saw');
    assert.equal(unseen.datasetVersion.sourceBatchIds, null);

    const models = await get(`/datasets/flights/versions/${DATASET_VERSION}/models`);
    assert.equal(models.version, 7);
    assert.deepEqual(
      models.featureSets.map((set: Json) => set.id),
      [FEATURE_SET],
    );
    assert.deepEqual(
      models.models.map((model: Json) => [model.modelName, model.version, model.featureSetId]),
      [1, 2, 3, 4].map((number) => [FLIGHTS, number, FEATURE_SET]),
    );
    const wrong = await api('GET', `/datasets/weather/versions/${DATASET_VERSION}/models`);
    assert.equal(wrong.status, 404);
  });

  it('generates a model card with lineage, slices, limitations and decisions', async () => {
    const card = await get(`/models/${FLIGHTS}/versions/1/model-card`);
    assert.equal(card.format, 'loopline.model-card/v1');
    assert.equal(card.stage, 'production');
    assert.match(card.intendedUse.description, /operations planning/);
    assert.deepEqual(card.lineage.datasetVersion.sourceBatchIds, ['batch-jan-a', 'batch-jan-b']);
    assert.equal(card.training.parameterCount, trainedSample.parameterCount);
    assert.equal(card.metrics.test['test.roc_auc'], 0.58);
    assert.equal(card.gate.status, 'passed');
    assert.deepEqual(
      card.slices.reports[0].slices.map((slice: Json) => slice.value),
      ['ATL', 'ORD', 'DEN', 'SFO'],
    );
    assert.ok(
      card.limitations.generated.some((item: string) =>
        /origin slices: roc_auc SFO 0.5/.test(item),
      ),
      JSON.stringify(card.limitations.generated),
    );
    assert.deepEqual(
      card.decisions.map((decision: Json) => [decision.decision, decision.decidedBy]),
      [['approved', TEST_PRINCIPALS.approver.name]],
    );
    assert.deepEqual(
      card.aliasHistory.map((move: Json) => [
        move.alias,
        move.modelVersion,
        move.previousModelVersion,
      ]),
      [
        ['production', 1, 3],
        ['production', 4, 1],
        ['production', 1, 4],
      ],
    );

    const overridden = await get(`/models/${FLIGHTS}/versions/4/model-card`);
    assert.ok(
      overridden.limitations.generated.some((item: string) => /over the failed gate/.test(item)),
    );
    const unreadable = await get(`/models/${FLIGHTS}/versions/3/model-card`);
    assert.match(unreadable.slices.note, /could not be read/);

    const response = await fetch(
      `${world.service('registry').url}/models/${FLIGHTS}/versions/4/model-card.md`,
      { headers: approver },
    );
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/markdown/);
    const markdown = await response.text();
    assert.match(markdown, /^# Model card: flights-delay version 4/);
    assert.ok(markdown.includes(`(id \`${DATASET_VERSION}\`)`), 'dataset lineage');
    assert.ok(markdown.includes('`batch-jan-a`, `batch-jan-b`'));
    assert.ok(
      markdown.includes(
        `| approved | ${TEST_PRINCIPALS.approver.name} | production | deployment policy | regression accepted for the winter schedule | ${(await version(FLIGHTS, 4)).gateVerdict.evaluationId} |`,
      ),
      markdown,
    );
  });

  it('publishes an edited policy once, as its next version, though two replicas start together', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'registry-policies-'));
    try {
      await cp(join(__dirname, '..', 'model-policies'), dir, { recursive: true });
      const file = join(dir, `${FLIGHTS}.json`);
      const edited = JSON.parse(await readFile(file, 'utf8'));
      edited.owners.push('flight-ops@loopline.example');
      await writeFile(file, JSON.stringify(edited));
      await world.service('registry').stop();
      const env = { AUDIT_CHECKPOINT_INTERVAL_MS: '60000', REGISTRY_MODEL_POLICIES_DIR: dir };
      const replica = new ServiceProcess('registry', await freePort(), {
        KAFKA_TOPIC_PREFIX: world.prefix,
        DATABASE_SCHEMA: world.schemaOf('registry'),
        DATABASE_POOL_SIZE: '4',
        LOG_LEVEL: 'warn',
        ...env,
      });
      try {
        await Promise.all([
          world.startService({ name: 'registry', env }),
          replica.start().waitUntilReady(),
        ]);
        // Registered after both started, on the model's key: once its event is on the topic, so
        // is every policy event either replica published for the model.
        const run = randomUUID();
        await producer.publish('ModelTrained', trained(FLIGHTS, run));
        await world.waitForEvent('ModelVersionRegistered', (p) => p.lineage.trainingRunId === run);
      } finally {
        await replica.stop();
      }
      const events = policyEvents(FLIGHTS);
      assert.deepEqual(
        events.map((event) => [event.policyVersion, event.owners.length]),
        [
          [1, 2],
          [2, 3],
        ],
      );
      assert.equal(policyEvents(WEATHER).length, 1, 'an unchanged policy publishes nothing');
      const newest = await get(`/model-policies/${FLIGHTS}`);
      assert.deepEqual([newest.version, newest.sha256], [2, events[1].policySha256]);
      assert.notEqual(events[1].policySha256, events[0].policySha256);
      assert.equal((await get(`/model-policies/${FLIGHTS}?version=1`)).document.owners.length, 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  /** An evaluation report as the evaluation service writes it, with one slice well below the rest. */
  async function storeReport(trainingRunId: string): Promise<ModelGatePassed['report']> {
    const report = {
      evaluationId: randomUUID(),
      modelName: FLIGHTS,
      trainingRunId,
      policy: { name: passedSample.policyName, version: passedSample.policyVersion },
      format: 'loopline.evaluation-report/v1',
      passed: true,
      checks: passedSample.checks,
      metrics: passedSample.metrics,
      slices: [
        {
          checkName: 'origin_gap',
          slicedBy: 'origin',
          slices: [
            { value: 'ATL', rows: 900, metrics: { roc_auc: 0.61 }, judged: true },
            { value: 'ORD', rows: 800, metrics: { roc_auc: 0.6 }, judged: true },
            { value: 'DEN', rows: 700, metrics: { roc_auc: 0.59 }, judged: true },
            { value: 'SFO', rows: 400, metrics: { roc_auc: 0.5 }, judged: true },
          ],
        },
      ],
    };
    const bucket = 'loopline-reports';
    await store.ensureBucket(bucket);
    const stored = await store.putContentAddressed(bucket, Buffer.from(JSON.stringify(report)), {
      contentType: 'application/json',
    });
    return { ...stored, mediaType: 'application/json' };
  }
});
