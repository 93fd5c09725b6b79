import type { EventName } from '@loopline/contracts';
import { count, fixed, type Progress } from '../progress';
import type { EventTap, TappedEvent } from './event-tap';

// Each payload is the generated type of its event; the lines read a few fields of each.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One line for the lifecycle events a person follows; the rest (logs, labels) are counted. */
const LINES: Partial<Record<EventName, (p: Any) => string>> = {
  DatasetVersionCreated: (p) =>
    `${p.datasetName} version ${p.version}: ${count(p.rowCount)} rows, ${day(p.eventTimeStart)} to ${day(p.eventTimeEnd)}`,
  DatasetRejected: (p) =>
    `${p.datasetName} batch rejected (${p.reason}): ${p.violations.map((v: Any) => `${v.rule} ${v.column ?? ''}`.trim()).join(', ')}`,
  FeatureSetMaterialized: (p) =>
    `${p.featureViewName} v${p.featureViewVersion} feature set ${p.featureSetId.slice(0, 8)}: ${count(p.rowCount)} rows (${p.splits.map((s: Any) => `${s.name} ${count(s.rowCount)}`).join(', ')})`,
  TrainingRequested: (p) =>
    `${p.modelName} training requested (${p.trigger}): ${p.reason.slice(0, 140)}`,
  ModelTrained: (p) =>
    `${p.modelName} run ${p.lineage.trainingRunId.slice(0, 8)} trained in ${fixed(p.durationMs / 1000, 1)} s: ${Object.entries(
      p.testMetrics as Record<string, number>,
    )
      .slice(0, 3)
      .map(([name, value]) => `test ${name} ${fixed(value)}`)
      .join(', ')}`,
  TrainingFailed: (p) =>
    `${p.modelName} run ${p.trainingRunId.slice(0, 8)} FAILED: ${p.errorCode}: ${p.errorMessage}`,
  ModelGatePassed: (p) =>
    `${p.modelName} v${p.modelVersion ?? '?'} gate PASSED (${p.baselineModelVersion === null ? 'no champion yet' : `against champion v${p.baselineModelVersion}`})`,
  ModelGateFailed: (p) =>
    `${p.modelName} v${p.modelVersion ?? '?'} gate FAILED: ${p.checks
      .filter((c: Any) => !c.passed)
      .map((c: Any) => c.checkName)
      .join(', ')}`,
  PromotionApproved: (p) =>
    `${p.modelName} v${p.modelVersion} approved for ${p.targetAlias} by ${p.approvedBy}${p.overriddenEvaluationId ? ' (failed gate overridden)' : ''}`,
  RolloutStarted: (p) =>
    `${p.modelName} v${p.modelVersion ?? '?'} rollout ${p.rolloutId.slice(0, 8)} started (${p.strategy})`,
  RolloutStepCompleted: (p) =>
    `${p.modelName} v${p.modelVersion ?? '?'} step ${p.stepIndex + 1}/${p.totalSteps} at ${p.trafficPercent}%: ${p.healthy ? 'healthy' : 'BREACHED'}`,
  RolloutCompleted: (p) =>
    `${p.modelName} v${p.modelVersion} serves 100% (${p.strategy}, ${fixed(p.durationMs / 1000, 1)} s)`,
  RolloutRolledBack: (p) =>
    `${p.modelName} v${p.modelVersion} ROLLED BACK (${p.reason}): ${p.detail}`,
  DriftDetected: (p) =>
    `${p.modelName} v${p.modelVersion} DRIFT in ${count(p.sampleSize)} predictions: ${p.features
      .filter((f: Any) => f.drifted)
      .map((f: Any) => `${f.featureName} ${fixed(f.statistic, 2)}`)
      .join(', ')} (share ${fixed(p.driftedFeatureShare, 2)})`,
  PerformanceDegraded: (p) =>
    `${p.modelName} v${p.modelVersion} PERFORMANCE ${p.metric} ${fixed(p.observed)} < ${fixed(p.threshold)} on ${count(p.labeledSampleSize)} labels`,
  MonitoringWindowSummarized: (p) =>
    `${p.modelName} v${p.modelVersion} window ${p.windowId.slice(0, 8)}: ${count(p.predictionCount)} predictions, drifted ${p.driftedFeatures.length === 0 ? 'none' : p.driftedFeatures.join(', ')}`,
};

/** Prints each narrated event once, in the order the tap read them, as the run goes. */
export class Narrator {
  private readonly seen = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly tap: EventTap,
    private readonly progress: Progress,
  ) {}

  start(intervalMs = 500): this {
    this.timer = setInterval(() => this.tell(), intervalMs);
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.tell();
  }

  private tell(): void {
    const fresh: TappedEvent[] = [];
    for (const event of this.tap.all()) {
      if (this.seen.has(event.eventId) || LINES[event.type] === undefined) continue;
      this.seen.add(event.eventId);
      fresh.push(event);
    }
    fresh.sort((a, b) => a.occurredAt - b.occurredAt);
    for (const event of fresh)
      this.progress.line(event.producer, LINES[event.type]!(event.payload));
  }
}
