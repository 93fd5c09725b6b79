import type { RetrainingDecisionRow, RetrainingRequestRow } from './database';

/** A decision as HTTP shows it, with the request it published or joined and how that ended. */
export function decisionView(
  decision: RetrainingDecisionRow,
  request: RetrainingRequestRow | null,
) {
  return {
    decisionId: decision.decisionId,
    modelName: decision.modelName,
    trigger: decision.trigger,
    outcome: decision.outcome,
    reason: decision.reason,
    causeEventId: decision.causeEventId,
    windowId: decision.windowId,
    servingTrainingRunId: decision.servingTrainingRunId,
    scheduledFor: decision.scheduledFor?.toISOString() ?? null,
    decidedAt: decision.decidedAt.toISOString(),
    trainingRequestId: decision.trainingRequestId,
    trainingRequest: request && requestView(request),
  };
}

export function requestView(request: RetrainingRequestRow) {
  return {
    requestId: request.requestId,
    trigger: request.trigger,
    featureSetId: request.featureSetId,
    requestedAt: request.requestedAt.toISOString(),
    trainingRunId: request.trainingRunId,
    ending: request.ending,
    endedAt: request.endedAt?.toISOString() ?? null,
    endingDetail: request.endingDetail,
  };
}
