import type { EventTap, TappedEvent } from './event-tap';

/** A detection that led, through retraining, gate and rollout, to a new version serving it all. */
export interface ClosedLoop {
  modelName: string;
  detection: {
    type: 'DriftDetected' | 'PerformanceDegraded';
    eventId: string;
    at: number;
    windowId: string;
    modelVersion: number | null;
  };
  trainingRequestId: string;
  trainingRunId: string;
  modelVersion: number | null;
  rolloutId: string;
  strategy: string;
  servingAllAt: number;
  loopSeconds: number;
}

/**
 * Follows the loop through the events alone: a DriftDetected or PerformanceDegraded caused a
 * TrainingRequested (its causation header), whose run (TrainingRunStarted.requestId) passed its
 * gate and was rolled out until RolloutCompleted put it on 100% of the traffic.
 */
export function closedLoops(tap: EventTap, modelName: string): ClosedLoop[] {
  const detections = new Map<
    string,
    TappedEvent<'DriftDetected'> | TappedEvent<'PerformanceDegraded'>
  >();
  for (const event of [
    ...tap.of('DriftDetected', (p) => p.modelName === modelName),
    ...tap.of('PerformanceDegraded', (p) => p.modelName === modelName),
  ])
    detections.set(event.eventId, event);
  const loops: ClosedLoop[] = [];
  for (const request of tap.of('TrainingRequested', (p) => p.modelName === modelName)) {
    const detection = request.causationId ? detections.get(request.causationId) : undefined;
    if (detection === undefined) continue;
    const runs = tap.of('TrainingRunStarted', (p) => p.requestId === request.payload.requestId);
    for (const trainingRunId of new Set(runs.map((run) => run.payload.trainingRunId))) {
      const completed = tap.of(
        'RolloutCompleted',
        (p) => p.lineage.trainingRunId === trainingRunId,
      )[0];
      if (completed === undefined) continue;
      const at =
        detection.type === 'DriftDetected'
          ? (detection as TappedEvent<'DriftDetected'>).payload.detectedAt
          : (detection as TappedEvent<'PerformanceDegraded'>).payload.detectedAt;
      loops.push({
        modelName,
        detection: {
          type: detection.type as ClosedLoop['detection']['type'],
          eventId: detection.eventId,
          at,
          windowId: detection.payload.windowId,
          modelVersion: detection.payload.modelVersion ?? null,
        },
        trainingRequestId: request.payload.requestId,
        trainingRunId,
        modelVersion: completed.payload.modelVersion ?? null,
        rolloutId: completed.payload.rolloutId,
        strategy: completed.payload.strategy,
        servingAllAt: completed.payload.completedAt,
        loopSeconds: (completed.payload.completedAt - at) / 1000,
      });
    }
  }
  return loops.sort((a, b) => a.servingAllAt - b.servingAllAt);
}
