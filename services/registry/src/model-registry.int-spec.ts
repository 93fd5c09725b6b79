import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ArtifactStore, createMinioClient } from '@loopline/artifacts';
import type { ModelGateFailed, ModelGatePassed, ModelTrained } from '@loopline/contracts';
import {
  contractSample,
  dropSchema,
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

  it('sends production through an approval, which an operator cannot give', async () => {
    const put = await api('PUT', `/models/${FLIGHTS}/aliases/production`, {
      version: 3,
      reason: 'ship it',
    });
    assert.equal(put.status, 409);
    assert.equal(put.body.code, 'REGISTRY.APPROVAL_REQUIRED');
    assert.match(put.body.message, /POST \/models\/flights-delay\/versions\/3\/approvals/);

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
      { comment: 'first production model' },
      approver,
    );
    assert.equal(approved.status, 201, JSON.stringify(approved.body));
    assert.equal(approved.body.decision.decidedBy, TEST_PRINCIPALS.approver.name);
    assert.equal(approved.body.stage, 'production');
    assert.deepEqual(approved.body.aliases, { candidate: 3, production: 3 });
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

    const second = await api('POST', `/models/${FLIGHTS}/versions/1/approvals`, {}, approver);
    assert.equal(second.status, 201, JSON.stringify(second.body));
    assert.equal((await version(FLIGHTS, 3)).stage, 'archived', 'the previous production');
    assert.equal((await version(FLIGHTS, 1)).stage, 'production');
    await waitFor(() => aliasEvents(FLIGHTS, 'production').length === 2, {
      description: 'two production moves',
    });
    assert.deepEqual(
      aliasEvents(FLIGHTS, 'production').map((move) => [
        move.modelVersion,
        move.previousModelVersion,
        move.reason,
      ]),
      [
        [3, null, 'promotion approved: first production model'],
        [1, 3, 'promotion approved'],
      ],
    );
  });

  it('answers where an alias pointed at any time, from its full history', async () => {
    const history = await get(`/models/${FLIGHTS}/aliases/production/history`);
    assert.deepEqual(
      history.moves.map((move: Json) => [move.modelVersion, move.assignedBy]),
      [
        [3, TEST_PRINCIPALS.approver.name],
        [1, TEST_PRINCIPALS.approver.name],
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
    assert.equal(overridden.body.stage, 'production');
    const event = await world.waitForEvent(
      'PromotionApproved',
      (p) => p.approvalId === overridden.body.decision.approvalId,
    );
    assert.equal(event.payload.overriddenEvaluationId, gate.evaluationId);
    assert.equal(event.payload.comment, 'regression accepted for the winter schedule');
    assert.equal((await version(FLIGHTS, 1)).stage, 'archived');
  });

  it('ends the candidate of a rejected version, for good', async () => {
    await producer.publish('ModelGatePassed', passed(WEATHER, WEATHER_RUN));
    await waitFor(async () => (await version(WEATHER, 1)).aliases.includes('candidate'), {
      description: 'weather candidate',
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
    assert.deepEqual(rejected.body.removedAliases, ['candidate']);
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
    assert.equal(card.stage, 'archived');
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
        `| approved | ${TEST_PRINCIPALS.approver.name} | production | canary | regression accepted for the winter schedule | ${(await version(FLIGHTS, 4)).gateVerdict.evaluationId} |`,
      ),
      markdown,
    );
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
