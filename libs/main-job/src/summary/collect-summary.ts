import type { EventTap } from '../events/event-tap';
import type { Json, ServiceClient } from '../http/service-client';
import type { DemoSummary } from './demo-summary';

const iso = (ms: number) => new Date(ms).toISOString();

/** Datasets, versions, rollouts and monitoring findings as the topics tell them. */
export function lifecycleFromEvents(tap: EventTap): Pick<
  DemoSummary,
  'datasets' | 'models' | 'rollouts'
> & {
  drift: DemoSummary['monitoring']['drift'];
  performance: DemoSummary['monitoring']['performance'];
  windows: Record<string, number>;
} {
  const datasetNames = new Set(tap.of('DatasetVersionCreated').map((e) => e.payload.datasetName));
  for (const e of tap.of('DatasetRejected')) datasetNames.add(e.payload.datasetName);
  const datasets = [...datasetNames].map((name) => ({
    name,
    versions: tap
      .of('DatasetVersionCreated', (p) => p.datasetName === name)
      .map(({ payload: p }) => ({
        version: p.version,
        rows: p.rowCount,
        from: iso(p.eventTimeStart ?? 0),
        to: iso(p.eventTimeEnd ?? 0),
      })),
    rejectedBatches: tap
      .of('DatasetRejected', (p) => p.datasetName === name)
      .map(({ payload: p }) => ({
        reason: p.reason,
        errors: p.violations
          .filter((v) => v.severity === 'error')
          .map((v) => `${v.rule} ${v.column ?? ''}: ${v.observedValue}`),
      })),
  }));

  const triggers = new Map(
    tap.of('TrainingRequested').map((e) => [e.payload.requestId, e.payload.trigger as string]),
  );
  const verdicts = new Map<string, DemoSummary['models'][number]['versions'][number]['gate']>();
  for (const e of [...tap.of('ModelGatePassed'), ...tap.of('ModelGateFailed')])
    verdicts.set(e.payload.lineage.trainingRunId, {
      passed: e.type === 'ModelGatePassed',
      againstChampion: e.payload.baselineModelVersion ?? null,
      failedChecks: [...new Set(e.payload.checks.filter((c) => !c.passed).map((c) => c.checkName))],
    });
  const versionOf = new Map(
    tap.of('ModelVersionRegistered').map((e) => [e.payload.lineage.trainingRunId, e.payload]),
  );
  const modelNames = new Set(tap.of('ModelTrained').map((e) => e.payload.modelName));
  const models = [...modelNames].map((name) => ({
    name,
    versions: tap
      .of('ModelTrained', (p) => p.modelName === name)
      .map(({ payload: p }) => {
        const runId = p.lineage.trainingRunId;
        const started = tap.of('TrainingRunStarted', (s) => s.trainingRunId === runId)[0]?.payload;
        return {
          version: versionOf.get(runId)?.modelVersion ?? null,
          trainingRunId: runId,
          trigger: started?.requestId ? (triggers.get(started.requestId) ?? 'request') : 'new_data',
          featureSetId: p.lineage.featureSetId,
          gate: verdicts.get(runId) ?? null,
          metrics: Object.fromEntries(
            Object.entries(p.testMetrics).map(([k, v]) => [`test_${k}`, v]),
          ),
        };
      }),
  }));

  const approvals = new Set(tap.of('PromotionApproved').map((e) => e.payload.trainingRunId));
  const rollouts = tap.of('RolloutStarted').map(({ payload: p }) => {
    const completed = tap.of('RolloutCompleted', (c) => c.rolloutId === p.rolloutId)[0]?.payload;
    const rolledBack = tap.of('RolloutRolledBack', (r) => r.rolloutId === p.rolloutId)[0]?.payload;
    const ended = completed?.completedAt ?? rolledBack?.rolledBackAt;
    return {
      model: p.modelName,
      rolloutId: p.rolloutId,
      version: completed?.modelVersion ?? p.modelVersion ?? null,
      strategy: p.strategy as string,
      trigger: approvals.has(p.lineage.trainingRunId)
        ? ('approval' as const)
        : ('gate pass' as const),
      outcome: completed
        ? ('completed' as const)
        : rolledBack
          ? ('rolled_back' as const)
          : ('unfinished' as const),
      steps: tap
        .of('RolloutStepCompleted', (s) => s.rolloutId === p.rolloutId)
        .map(({ payload: s }) => ({
          trafficPercent: s.trafficPercent,
          healthy: s.healthy,
          metrics: s.observedMetrics,
        })),
      seconds: ended === undefined ? null : (ended - p.startedAt) / 1000,
      detail: rolledBack ? `${rolledBack.reason}: ${rolledBack.detail}` : null,
    };
  });

  const drift = tap.of('DriftDetected').map(({ payload: p }) => ({
    model: p.modelName,
    version: p.modelVersion ?? null,
    windowId: p.windowId,
    detectedAt: iso(p.detectedAt),
    sampleSize: p.sampleSize,
    driftedShare: p.driftedFeatureShare,
    severity: p.severity as string,
    drifted: p.features
      .filter((f) => f.drifted)
      .map((f) => ({
        feature: f.featureName,
        test: f.test as string,
        statistic: f.statistic,
        threshold: f.threshold,
      })),
  }));
  const performance = tap.of('PerformanceDegraded').map(({ payload: p }) => ({
    model: p.modelName,
    version: p.modelVersion ?? null,
    windowId: p.windowId,
    detectedAt: iso(p.detectedAt),
    metric: p.metric,
    observed: p.observed,
    baseline: p.baseline,
    threshold: p.threshold,
    labels: p.labeledSampleSize,
  }));
  const windows: Record<string, number> = {};
  for (const { payload } of tap.of('MonitoringWindowSummarized'))
    windows[payload.modelName] = (windows[payload.modelName] ?? 0) + 1;
  return { datasets, models, rollouts, drift, performance, windows };
}

/** Monitoring's retraining decisions, including those that did not lead to a request. */
export async function retrainingDecisions(
  http: ServiceClient,
  models: string[],
): Promise<DemoSummary['retraining']> {
  const all: DemoSummary['retraining'] = [];
  for (const model of models) {
    const { decisions } = await http.get(
      'monitoring',
      `/v1/models/${model}/retraining-decisions?limit=100`,
    );
    for (const d of decisions as Json[])
      all.push({
        model,
        decidedAt: d.decidedAt,
        trigger: d.trigger,
        outcome: d.outcome,
        reason: d.reason,
        trainingRequestId: d.trainingRequestId,
      });
  }
  return all.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
}
