import type { EventTap, TappedEvent } from '../events/event-tap';

/**
 * Effects that must happen once per cause even when a service died half-way and its work ran
 * again: one run per training request, one version number per run, one rollout per version,
 * one dataset version per batch, one gate verdict per run. Returns what happened twice.
 */
export function effectsDoneTwice(tap: EventTap): string[] {
  const findings: string[] = [];
  const distinct = <E extends TappedEvent>(
    label: string,
    events: E[],
    cause: (event: E) => string,
    effect: (event: E) => string,
  ) => {
    const effects = new Map<string, Set<string>>();
    for (const event of events) {
      const key = cause(event);
      if (!effects.has(key)) effects.set(key, new Set());
      effects.get(key)!.add(effect(event));
    }
    for (const [key, found] of effects)
      if (found.size > 1)
        findings.push(`${label} ${key}: ${found.size} (${[...found].join(', ')})`);
  };
  distinct(
    'training runs for request',
    tap.of('TrainingRunStarted').filter((e) => e.payload.requestId !== null),
    (e) => e.payload.requestId!,
    (e) => e.payload.trainingRunId,
  );
  distinct(
    'ModelTrained events for run',
    tap.of('ModelTrained'),
    (e) => e.payload.lineage.trainingRunId,
    (e) => e.eventId,
  );
  distinct(
    'gate verdicts for run',
    [...tap.of('ModelGatePassed'), ...tap.of('ModelGateFailed')],
    (e) => e.payload.lineage.trainingRunId,
    (e) => e.payload.evaluationId,
  );
  distinct(
    'version numbers for run',
    tap.of('ModelVersionRegistered'),
    (e) => e.payload.lineage.trainingRunId,
    (e) => String(e.payload.modelVersion),
  );
  distinct(
    'runs for version',
    tap.of('ModelVersionRegistered'),
    (e) => `${e.payload.modelName} v${e.payload.modelVersion}`,
    (e) => e.payload.lineage.trainingRunId,
  );
  distinct(
    'rollouts for run',
    tap.of('RolloutStarted'),
    (e) => e.payload.lineage.trainingRunId,
    (e) => e.payload.rolloutId,
  );
  distinct(
    'dataset versions for batch set',
    tap.of('DatasetVersionCreated'),
    (e) => `${e.payload.datasetName} ${e.payload.sourceBatchIds.join('+')}`,
    (e) => e.payload.datasetVersionId,
  );
  distinct(
    'feature sets for view and dataset version',
    tap.of('FeatureSetMaterialized'),
    (e) =>
      `${e.payload.featureViewName} v${e.payload.featureViewVersion} over ${e.payload.datasetVersionId}`,
    (e) => e.payload.featureSetId,
  );
  return findings;
}
