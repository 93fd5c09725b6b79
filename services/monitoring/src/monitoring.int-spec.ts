import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { uniqueName, waitFor } from '@loopline/testing';
import { MonitoringTestWorld, type ReleasedModel } from './test-support/monitoring-test-world';
import { predictionRows, syntheticRows } from './test-support/synthetic-traffic';

const HOUR_MS = 3_600_000;

function policy(model: string, windows: object, retraining: object = {}) {
  return {
    format: 'loopline.monitoring-policy/v1',
    model,
    windows,
    drift: { minimumEffect: 0.1, driftedShare: 0.3 },
    retraining: { cooldownSeconds: 3600, requireNewData: true, ...retraining },
  };
}

describe('monitoring service', () => {
  const steady = uniqueName('steady');
  const shifted = uniqueName('shifted');
  const idle = uniqueName('idle');
  let test: MonitoringTestWorld;

  before(async () => {
    test = await MonitoringTestWorld.start(
      [
        policy(steady, { maxRows: 100_000, maxSeconds: 24 * 3600, minRows: 1_000 }),
        policy(shifted, { maxRows: 1_000, maxSeconds: 24 * 3600, minRows: 500 }),
        policy(idle, { maxRows: 100_000, maxSeconds: 1, minRows: 100 }),
      ],
      ['MonitoringWindowSummarized', 'DriftDetected', 'TrainingRequested'],
    );
  });

  after(async () => {
    await test?.close();
  });

  it('calls a 100,000-row window from the reference distribution stable', async () => {
    const model = await test.releaseModel(steady, syntheticRows(100_000, 1));
    const start = Date.now() - HOUR_MS;
    for (let part = 0; part < 2; part++)
      await test.logPredictions(
        model,
        predictionRows(syntheticRows(50_000, 10 + part), start + part * 50_000, 1),
      );
    const summary = await test.world.waitForEvent(
      'MonitoringWindowSummarized',
      (payload) => payload.modelName === steady,
    );
    assert.equal(summary.payload.predictionCount, 100_000);
    assert.deepEqual(summary.payload.driftedFeatures, []);
    assert.ok(summary.payload.driftScores.distance < 0.01, 'PSI of an unshifted column is small');
    assert.ok(summary.payload.servingMetrics.p99_latency_ms > 3);
    assert.equal(
      test.world.eventsOf('DriftDetected', (payload) => payload.modelName === steady).length,
      0,
    );
  });

  it('detects a shift in 1,000 rows, with evidence, and asks to retrain on the newer data', async () => {
    const model: ReleasedModel = await test.releaseModel(shifted, syntheticRows(100_000, 3));
    const newerFeatureSet = randomUUID();
    await test.publishFeatureSet(shifted, newerFeatureSet, syntheticRows(10_000, 4));
    const rows = syntheticRows(1_000, 5, {
      distanceFactor: 1.3,
      airport: { name: 'ATL', shareFactor: 3 },
    });
    await test.logPredictions(model, predictionRows(rows, Date.now() - HOUR_MS, 1));

    const drift = await test.world.waitForEvent(
      'DriftDetected',
      (payload) => payload.modelName === shifted,
    );
    const byName = new Map<string, { drifted: boolean; statistic: number; threshold: number }>(
      drift.payload.features.map((feature: { featureName: string }) => [
        feature.featureName,
        feature,
      ]),
    );
    assert.equal(drift.payload.sampleSize, 1_000);
    assert.equal(drift.payload.referenceSampleSize, 100_000);
    assert.equal(drift.payload.trainingRunId, model.trainingRunId);
    assert.equal(byName.get('distance')?.drifted, true);
    assert.equal(byName.get('origin')?.drifted, true);
    assert.equal(byName.get('date.hour')?.drifted, false);
    assert.equal(byName.get('prediction')?.drifted, false);
    for (const feature of byName.values())
      assert.equal(feature.drifted, feature.statistic > feature.threshold);
    assert.equal(drift.payload.driftedFeatureShare, 0.5);
    assert.ok(drift.payload.report.uri.startsWith('s3://loopline-monitoring/'));

    const request = await test.world.waitForEvent(
      'TrainingRequested',
      (payload) => payload.modelName === shifted,
    );
    assert.equal(request.payload.trigger, 'drift');
    assert.equal(request.payload.featureSetId, newerFeatureSet);
    assert.match(request.payload.reason, /distance/);

    const windows = await test.world.request('monitoring', 'GET', `/v1/models/${shifted}/windows`);
    assert.equal(windows.status, 200);
    assert.equal(windows.body.windows[0].drifting, true);
    assert.equal(windows.body.series.columns.distance.drifted[0], true);
    assert.equal(windows.body.series.predictionCount[0], 1_000);
  });

  it('closes a window whose time is up when no more predictions come', async () => {
    const model = await test.releaseModel(idle, syntheticRows(20_000, 6));
    await test.logPredictions(model, predictionRows(syntheticRows(300, 7), Date.now() - 5_000, 1));
    const summary = await test.world.waitForEvent(
      'MonitoringWindowSummarized',
      (payload) => payload.modelName === idle,
    );
    assert.equal(summary.payload.predictionCount, 300);
    const window = await test.world.request(
      'monitoring',
      'GET',
      `/v1/models/${idle}/windows/${summary.payload.windowId}`,
    );
    assert.equal(window.body.closeReason, 'time');
    assert.equal(window.body.drifting, false);
  });

  it('answers clear errors for unknown models and bad queries', async () => {
    const unknown = await test.world.request(
      'monitoring',
      'GET',
      `/v1/models/${uniqueName('none')}`,
    );
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'MONITORING.MODEL_NOT_MONITORED');
    const badLimit = await test.world.request(
      'monitoring',
      'GET',
      `/v1/models/${shifted}/windows?limit=0`,
    );
    assert.equal(badLimit.status, 400);
    assert.match(badLimit.body.message, /limit/);
    await waitFor(
      async () =>
        (await test.world.request('monitoring', 'GET', '/v1/models')).body.models.length >= 2,
      {
        timeoutMs: 10_000,
        description: 'models listed',
      },
    );
  });
});
