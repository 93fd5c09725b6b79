import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_PRINCIPALS, waitFor } from '@loopline/testing';
import { EvaluationTestWorld } from './test-support/evaluation-test-world';

// HTTP and event bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ONE_MINUTE = 60_000;
const MODEL = 'seattle-weather';

/** A policy for the weather model that its shipped training passes, plus `extra` checks. */
function weatherPolicy(extra: Json[] = []): Json {
  return {
    format: 'loopline.gate-policy/v1',
    modelName: MODEL,
    description: 'integration test policy',
    seed: 7,
    checks: [
      {
        kind: 'threshold',
        name: 'min_accuracy',
        metric: 'accuracy',
        comparator: 'gte',
        threshold: 0.3,
      },
      { kind: 'champion', name: 'no_regression', metric: 'accuracy', maxRegression: 0.05 },
      { kind: 'latency', name: 'latency', p95MaxMs: 250, samples: 50 },
      { kind: 'artifact_size', name: 'size', maxBytes: 5_000_000 },
      ...extra,
    ],
  };
}

describe('evaluation gates on the real pipeline (ingestion → features → training → evaluation → registry)', () => {
  let world: EvaluationTestWorld;
  let firstRun: string;

  before(
    async () => {
      world = await EvaluationTestWorld.start();
      const put = await world.request(
        'evaluation',
        'PUT',
        `/gate-policies/${MODEL}`,
        weatherPolicy(),
      );
      assert.ok([200, 201].includes(put.status), JSON.stringify(put.body));
      await world.ingestSeattleWeather();
      const trained = await world.waitForEvent(
        'ModelTrained',
        (payload) => payload.modelName === MODEL,
        3 * ONE_MINUTE,
      );
      firstRun = trained.payload.lineage.trainingRunId;
    },
    { timeout: 5 * ONE_MINUTE },
  );
  after(() => world?.close());

  async function retrain(): Promise<string> {
    const before = new Set(
      world
        .eventsOf('ModelTrained', (p) => p.modelName === MODEL)
        .map((e) => e.payload.lineage.trainingRunId),
    );
    const response = await world.request('training', 'POST', '/training-requests', {
      modelName: MODEL,
      reason: 'integration test',
      configOverrides: {},
    });
    assert.equal(response.status, 202, JSON.stringify(response.body));
    const trained = await world.waitForEvent(
      'ModelTrained',
      (p) => p.modelName === MODEL && !before.has(p.lineage.trainingRunId),
      3 * ONE_MINUTE,
    );
    return trained.payload.lineage.trainingRunId;
  }

  it(
    'passes the first model with every check reported, no champion to compare with, and a stored report',
    { timeout: 4 * ONE_MINUTE },
    async () => {
      const verdict = await world.verdictOn(firstRun);
      assert.equal(verdict.type, 'ModelGatePassed', JSON.stringify(verdict.payload.checks));
      const { checks, baselineModelVersion, report, evaluationId, metrics } = verdict.payload;
      assert.deepEqual(
        checks.map((check: Json) => check.checkName),
        ['min_accuracy', 'no_regression', 'latency', 'size'],
      );
      assert.ok(checks.every((check: Json) => check.passed));
      assert.equal(baselineModelVersion, null);
      const champion = checks.find((check: Json) => check.checkName === 'no_regression');
      assert.equal(champion.baseline, null);
      assert.match(champion.message, /first|no champion|nothing to compare/i);
      assert.ok(metrics['test.accuracy'] > 0.3 && metrics['latency.p95_ms'] > 0);

      // The report is served over HTTP and is the object the event names, byte for byte.
      const served = await world.request(
        'evaluation',
        'GET',
        `/evaluations/${evaluationId}/report`,
      );
      assert.equal(served.status, 200);
      assert.equal(served.body.evaluationId, evaluationId);
      assert.equal(served.body.plots.confusionMatrix.labels.length, 5);
      assert.ok(Object.keys(served.body.plots.roc).length >= 2);
      const stored = JSON.parse(
        (await world.store.get(report.uri, { expectedSha256: report.sha256 })).toString(),
      );
      assert.deepEqual(stored, served.body);
    },
  );

  it(
    'compares a retrained model with the production champion on the same rows, and fails it on a slice gap',
    { timeout: 6 * ONE_MINUTE },
    async () => {
      // The first version goes to production through an approval and deployment's rollout.
      await world.waitForEvent(
        'ModelVersionRegistered',
        (p) => p.lineage.trainingRunId === firstRun,
      );
      // The registry reads the gate verdict from its own topic, maybe after the version.
      await waitFor(
        async () =>
          (await world.request('registry', 'GET', `/models/${MODEL}/versions/1`)).body?.gate
            ?.status !== 'pending',
        { timeoutMs: 90_000, description: 'the registry to know the gate verdict of version 1' },
      );
      const approved = await world.request(
        'registry',
        'POST',
        `/models/${MODEL}/versions/1/approvals`,
        { targetAlias: 'production', comment: 'first weather model' },
        TEST_PRINCIPALS.approver.headers,
      );
      assert.equal(approved.status, 201, JSON.stringify(approved.body));
      await world.waitForEvent(
        'ModelAliasAssigned',
        (p) => p.modelName === MODEL && p.alias === 'production' && p.modelVersion === 1,
      );

      // No season may be further than 0.0001 accuracy from another: an impossible bound.
      const strict = weatherPolicy([
        {
          kind: 'slices',
          name: 'season_gap',
          slice: { column: 'date', part: 'season' },
          metric: 'accuracy',
          maxGap: 0.0001,
          minRows: 20,
          maxSlices: 4,
        },
      ]);
      const put = await world.request('evaluation', 'PUT', `/gate-policies/${MODEL}`, strict);
      assert.equal(put.status, 201, JSON.stringify(put.body));

      const secondRun = await retrain();
      const verdict = await world.verdictOn(secondRun);
      assert.equal(verdict.type, 'ModelGateFailed');
      assert.equal(verdict.payload.baselineModelVersion, 1);
      assert.equal(verdict.payload.policyVersion, put.body.version);
      const byName = Object.fromEntries(verdict.payload.checks.map((c: Json) => [c.checkName, c]));
      // Same configuration and data: the retrained model equals the champion, so no regression.
      assert.equal(byName.no_regression.passed, true);
      assert.ok(Math.abs(byName.no_regression.observed - byName.no_regression.baseline) < 1e-9);
      assert.equal(byName.season_gap.passed, false);
      assert.match(byName.season_gap.metric, /^slices\.date\.season\.accuracy\.gap$/);
      assert.ok(byName.season_gap.observed > 0.0001);

      const report = await world.request(
        'evaluation',
        'GET',
        `/evaluations/${verdict.payload.evaluationId}/report`,
      );
      const seasons = report.body.slices.find((s: Json) => s.checkName === 'season_gap');
      assert.ok(seasons.slices.length >= 2, JSON.stringify(seasons));
      assert.equal(report.body.champion.modelVersion, 1);
    },
  );

  it('refuses to change a policy without a token (401) or without the operator role (403), changing nothing', async () => {
    const newest = async () =>
      (await world.request('evaluation', 'GET', `/gate-policies/${MODEL}`)).body.version;
    const before = await newest();
    const body = weatherPolicy([{ kind: 'artifact_size', name: 'tiny', maxBytes: 1 }]);
    const anonymous = await world.request('evaluation', 'PUT', `/gate-policies/${MODEL}`, body, {
      authorization: '',
    });
    assert.equal(anonymous.status, 401);
    const viewer = await world.request(
      'evaluation',
      'PUT',
      `/gate-policies/${MODEL}`,
      body,
      TEST_PRINCIPALS.viewer.headers,
    );
    assert.equal(viewer.status, 403);
    assert.equal(viewer.body.code, 'AUTH.MISSING_ROLE');
    assert.equal(await newest(), before);
  });

  it('refuses a policy with no checks, naming the problem', async () => {
    const empty = await world.request('evaluation', 'PUT', `/gate-policies/${MODEL}`, {
      ...weatherPolicy(),
      checks: [],
    });
    assert.equal(empty.status, 400);
    assert.equal(empty.body.code, 'EVALUATION.INVALID_GATE_POLICY');
    assert.match(JSON.stringify(empty.body.details.problems), /checks/);
  });
});
