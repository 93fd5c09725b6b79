import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactRef, EventName } from '@loopline/contracts';
import { writePredictionLog, type PredictionLogRow } from '@loopline/prediction-logs';
import { buildDriftReference } from '@loopline/stats';
import { contractSample, ServiceWorld, waitFor } from '@loopline/testing';
import { logLayout, referenceColumns, type SyntheticRow } from './synthetic-traffic';

const BUCKET = 'loopline-monitoring-tests';

export interface ReleasedModel {
  modelName: string;
  trainingRunId: string;
  featureSetId: string;
}

/**
 * The monitoring service on the real stack, fed the events the other services would publish:
 * a feature set with its drift reference, a registered version with its evaluation report, a
 * completed rollout, then prediction logs. Policies are written per test model.
 */
export class MonitoringTestWorld {
  readonly world = new ServiceWorld('monitoring');

  private constructor(private readonly policiesDir: string) {}

  static async start(
    policies: Record<string, unknown>[],
    watched: EventName[],
    env: Record<string, string> = {},
  ): Promise<MonitoringTestWorld> {
    const dir = await mkdtemp(join(tmpdir(), 'monitoring-policies-'));
    for (const policy of policies)
      await writeFile(join(dir, `${String(policy.model)}.json`), JSON.stringify(policy));
    const test = new MonitoringTestWorld(dir);
    await test.world.start(
      [
        {
          name: 'monitoring',
          env: {
            MONITORING_POLICIES_DIR: dir,
            MONITORING_TICK_INTERVAL_MS: '100',
            MONITORING_WINDOW_GRACE_MS: '300',
            ...env,
          },
        },
      ],
      watched,
    );
    return test;
  }

  /** Publishes everything a model's first production version leaves behind, then waits until it is watched. */
  async releaseModel(
    modelName: string,
    referenceRows: readonly SyntheticRow[],
    testMetrics: Record<string, number> = { roc_auc: 0.75, accuracy: 0.8 },
  ): Promise<ReleasedModel> {
    const trainingRunId = randomUUID();
    const featureSetId = randomUUID();
    await this.publishFeatureSet(modelName, featureSetId, referenceRows);
    const lineage = {
      ...contractSample('ModelVersionRegistered').lineage,
      trainingRunId,
      featureSetId,
      featureViewName: modelName,
    };
    await this.world.publish('ModelVersionRegistered', {
      ...contractSample('ModelVersionRegistered'),
      modelName,
      modelVersion: 1,
      lineage,
      task: 'binary_classification',
      metrics: Object.fromEntries(
        Object.entries(testMetrics).map(([name, value]) => [`test.${name}`, value]),
      ),
    });
    await this.world.publish('ModelGatePassed', {
      ...contractSample('ModelGatePassed'),
      modelName,
      lineage,
      modelVersion: 1,
      report: await this.put(`reports/${trainingRunId}.json`, evaluationReport(referenceRows)),
    });
    await this.world.publish('RolloutCompleted', {
      ...contractSample('RolloutCompleted'),
      modelName,
      rolloutId: randomUUID(),
      modelVersion: 1,
      lineage,
      completedAt: Date.now(),
    });
    await waitFor(
      async () => {
        const status = await this.world.request('monitoring', 'GET', `/v1/models/${modelName}`);
        return status.body?.champion?.watched?.prediction === true;
      },
      { timeoutMs: 60_000, description: `${modelName} watched by monitoring` },
    );
    return { modelName, trainingRunId, featureSetId };
  }

  /** A newer materialization of the model's view (new data a retraining would use). */
  async publishFeatureSet(
    viewName: string,
    featureSetId: string,
    rows: readonly SyntheticRow[],
  ): Promise<void> {
    const reference = buildDriftReference(rows.length, referenceColumns(rows));
    await this.world.publish('FeatureSetMaterialized', {
      ...contractSample('FeatureSetMaterialized'),
      featureViewName: viewName,
      featureSetId,
      driftReference: await this.put(`references/${featureSetId}.json`, reference),
      materializedAt: Date.now(),
    });
  }

  /** Writes served predictions as deployment would (one log file) and announces them. */
  async logPredictions(model: ReleasedModel, rows: readonly PredictionLogRow[]): Promise<string> {
    const logBatchId = randomUUID();
    const bytes = Buffer.from(
      writePredictionLog(rows, logLayout(model.modelName, model.trainingRunId)),
    );
    const predictions = await this.world.putObject(
      BUCKET,
      `logs/${logBatchId}.arrow`,
      bytes,
      'application/vnd.apache.arrow.file',
    );
    await this.world.publish('PredictionsLogged', {
      ...contractSample('PredictionsLogged'),
      modelName: model.modelName,
      logBatchId,
      modelVersion: 1,
      trainingRunId: model.trainingRunId,
      endpointName: model.modelName,
      role: 'champion',
      rolloutId: null,
      predictions,
      format: 'arrow',
      rowCount: rows.length,
      windowStart: rows[0].requestTime,
      windowEnd: rows[rows.length - 1].requestTime,
    });
    return logBatchId;
  }

  async close(): Promise<void> {
    await this.world.close();
    await rm(this.policiesDir, { recursive: true, force: true });
  }

  private async put(key: string, json: unknown): Promise<ArtifactRef> {
    return this.world.putObject(BUCKET, key, Buffer.from(JSON.stringify(json)), 'application/json');
  }
}

/** The part of an evaluation report monitoring reads: the test split's scores, in ten bins. */
function evaluationReport(rows: readonly SyntheticRow[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    lower: i / 10,
    upper: (i + 1) / 10,
    meanPredicted: 0,
    observedRate: 0,
    count: 0,
  }));
  for (const row of rows) {
    const bin = bins[Math.min(9, Math.floor(row.probability * 10))];
    bin.meanPredicted += row.probability;
    bin.count++;
  }
  const filled = bins.filter((bin) => bin.count > 0);
  for (const bin of filled) bin.meanPredicted /= bin.count;
  return {
    format: 'loopline.evaluation-report/v1',
    plots: { roc: {}, pr: {}, calibration: { positive: { bins: filled } }, confusionMatrix: null },
  };
}
