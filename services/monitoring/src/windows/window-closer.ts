import { ArtifactStore } from '@loopline/artifacts';
import type { ArtifactRef, EventPayloads } from '@loopline/contracts';
import { OutboxWriter, type PublishedEvent } from '@loopline/messaging';
import { compareWithReference, type DriftComparison } from '@loopline/stats';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MonitoringCatalog } from '../catalog/monitoring-catalog';
import { MONITORING_SETTINGS, type MonitoringSettings } from '../config/monitoring.settings';
import { PredictionOutcomes, type WindowPerformance } from '../performance/prediction-outcomes';
import { MonitoringPolicies } from '../policies/monitoring-policies';
import type { MonitoringPolicy } from '../policies/monitoring-policy';
import { RetrainingTriggers } from '../retraining/retraining-triggers';
import { DriftCalibrations } from './drift-calibrations';
import { latencyQuantile } from './latency-histogram';
import { PREDICTION_COLUMN } from './output-reference';
import { type MonitoringWindowRow, type WindowCloseReason } from './monitoring-window.row';
import { VersionReferences } from './version-references';
import { describeDrift, judgeWindow, type WindowVerdict } from './window-verdict';

export const WINDOW_REPORT_FORMAT = 'loopline.monitoring-window-report/v1';

/**
 * Closes a window: compares its sketch with the version's reference (when it has enough rows),
 * writes the report, and publishes `MonitoringWindowSummarized` — plus `DriftDetected` when it
 * drifts, which becomes a retraining request under the model's policy if the version is the one
 * serving all traffic. All in the caller's transaction.
 */
@Injectable()
export class WindowCloser {
  constructor(
    @Inject(MONITORING_SETTINGS) private readonly settings: MonitoringSettings,
    private readonly catalog: MonitoringCatalog,
    private readonly references: VersionReferences,
    private readonly calibrations: DriftCalibrations,
    private readonly policies: MonitoringPolicies,
    private readonly outcomes: PredictionOutcomes,
    private readonly retraining: RetrainingTriggers,
    private readonly outbox: OutboxWriter,
    private readonly artifacts: ArtifactStore,
  ) {}

  async close(
    manager: EntityManager,
    window: MonitoringWindowRow,
    reason: WindowCloseReason,
  ): Promise<void> {
    const closedAt = Date.now();
    const policy = this.policies.forModel(window.modelName);
    const comparison = await this.compare(manager, window, policy);
    const verdict = comparison === null ? null : judgeWindow(comparison, policy.drift);
    const performance = (await this.outcomes.windowPerformance(manager, [window.windowId])).get(
      window.windowId,
    ) ?? { labeledCount: 0, metrics: {} };
    const report = await this.writeReport(window, reason, comparison, verdict, performance);
    Object.assign(window, {
      status: 'closed',
      closeReason: reason,
      closedAt,
      drift: comparison,
      drifting: verdict?.drifting ?? null,
      report,
    });
    await manager.save(window);
    await this.outbox.enqueue(
      manager,
      'MonitoringWindowSummarized',
      {
        modelName: window.modelName,
        windowId: window.windowId,
        modelVersion: window.modelVersion,
        trainingRunId: window.trainingRunId,
        windowStart: window.windowStart,
        windowEnd: window.windowEnd,
        predictionCount: window.rowCount,
        labeledCount: performance.labeledCount,
        performanceMetrics: performance.metrics,
        servingMetrics: servingMetrics(window.latency),
        driftScores: Object.fromEntries(
          (comparison?.columns ?? []).map((column) => [column.column, column.verdict.statistic]),
        ),
        driftedFeatures: comparison?.driftedColumns ?? [],
        report,
        summarizedAt: closedAt,
      },
      { correlationId: window.windowId },
    );
    if (verdict?.drifting) await this.announceDrift(manager, window, comparison!, verdict, report);
  }

  private async compare(
    manager: EntityManager,
    window: MonitoringWindowRow,
    policy: MonitoringPolicy,
  ): Promise<DriftComparison | null> {
    if (window.sketch === null || window.rowCount < policy.windows.minRows) return null;
    const reference = await this.references.forVersion(manager, window.trainingRunId);
    if (reference === null || reference.sha256 !== window.referenceSha256) return null;
    const watched = policy.drift.columns ?? reference.inputColumns;
    const columns = reference.reference.columns
      .map((column) => column.name)
      .filter((name) => watched.includes(name) || name === PREDICTION_COLUMN);
    const calibration = this.calibrations.forWindow(
      reference,
      window.rowCount,
      policy.drift,
      columns,
    );
    return compareWithReference(reference.reference, window.sketch, {
      minimumEffect: policy.drift.minimumEffect,
      calibration,
      columns,
    });
  }

  private async announceDrift(
    manager: EntityManager,
    window: MonitoringWindowRow,
    comparison: DriftComparison,
    verdict: WindowVerdict,
    report: ArtifactRef,
  ): Promise<void> {
    const version = await this.catalog.version(manager, window.trainingRunId);
    const payload: EventPayloads['DriftDetected'] = {
      modelName: window.modelName,
      windowId: window.windowId,
      modelVersion: window.modelVersion,
      trainingRunId: window.trainingRunId,
      referenceFeatureSetId: version?.featureSetId ?? 'unknown',
      windowStart: window.windowStart,
      windowEnd: window.windowEnd,
      sampleSize: window.rowCount,
      referenceSampleSize: comparison.referenceRowCount,
      features: comparison.columns.map((column) => ({
        featureName: column.column,
        test: 'psi',
        statistic: column.verdict.statistic,
        pValue: null,
        threshold: column.verdict.threshold,
        drifted: column.verdict.drifted,
      })),
      driftedFeatureShare: verdict.driftedShare,
      severity: verdict.severity,
      report,
      detectedAt: Date.now(),
    };
    const metadata = await this.outbox.enqueue(manager, 'DriftDetected', payload, {
      correlationId: window.windowId,
    });
    const champion = await this.catalog.champion(manager, window.modelName);
    const serving = champion
      ? champion.trainingRunId === window.trainingRunId
      : window.role === 'champion';
    if (!serving) return;
    const cause: PublishedEvent<'DriftDetected'> = {
      name: 'DriftDetected',
      key: window.modelName,
      payload,
      metadata,
    };
    await this.retraining.consider(
      manager,
      {
        modelName: window.modelName,
        trigger: 'drift',
        trainingRunId: window.trainingRunId,
        windowId: window.windowId,
        reason: `Drift in ${window.rowCount.toLocaleString('en-US')} predictions from ${new Date(window.windowStart).toISOString()}: ${describeDrift(verdict)}.`,
      },
      cause,
    );
  }

  private async writeReport(
    window: MonitoringWindowRow,
    reason: WindowCloseReason,
    comparison: DriftComparison | null,
    verdict: WindowVerdict | null,
    performance: WindowPerformance,
  ): Promise<ArtifactRef> {
    const report = {
      format: WINDOW_REPORT_FORMAT,
      modelName: window.modelName,
      trainingRunId: window.trainingRunId,
      modelVersion: window.modelVersion,
      role: window.role,
      windowId: window.windowId,
      windowStart: window.windowStart,
      windowEnd: window.windowEnd,
      rowCount: window.rowCount,
      closeReason: reason,
      drift: comparison,
      verdict:
        verdict === null
          ? null
          : {
              drifting: verdict.drifting,
              driftedShare: verdict.driftedShare,
              severity: verdict.severity,
              summary: describeDrift(verdict),
            },
      performance,
      serving: servingMetrics(window.latency),
      sketch: window.sketch,
    };
    const bytes = Buffer.from(JSON.stringify(report));
    const stored = await this.artifacts.putContentAddressed(this.settings.bucket, bytes, {
      contentType: 'application/json',
    });
    return { ...stored, mediaType: 'application/json' };
  }
}

function servingMetrics(latency: readonly number[]): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const [name, q] of [
    ['p50_latency_ms', 0.5],
    ['p95_latency_ms', 0.95],
    ['p99_latency_ms', 0.99],
  ] as const) {
    const value = latencyQuantile(latency, q);
    if (value !== null) metrics[name] = value;
  }
  return metrics;
}
