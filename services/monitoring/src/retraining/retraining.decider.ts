import { randomUUID } from 'node:crypto';
import { OutboxWriter } from '@loopline/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MonitoringPolicies } from '../policies/monitoring-policies';
import { RetrainingDecisionRow, RetrainingModelRow, RetrainingRequestRow } from './database';
import { decideRetraining } from './domain';
import { RetrainingClock } from './retraining-clock';
import type { RetrainingDecisionRequest } from './retraining-decision-request';
import { RetrainingEndings } from './retraining.endings';
import { lockRetrainingModel } from './retraining-model.lock';
import { type TrainingData, TrainingDataResolver } from './training-data.resolver';
import { notRequestedReason, requestedReason } from './training-request.reason';

/**
 * Makes and records one retraining decision under the model's row lock: the decision, and the
 * `TrainingRequested` it may publish, commit with the caller's transaction or not at all.
 */
@Injectable()
export class RetrainingDecider {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly data: TrainingDataResolver,
    private readonly endings: RetrainingEndings,
    @Inject(MonitoringPolicies) private readonly policies: MonitoringPolicies,
    @Inject(RetrainingClock) private readonly clock: RetrainingClock,
  ) {}

  async decide(
    manager: EntityManager,
    request: RetrainingDecisionRequest,
  ): Promise<RetrainingDecisionRow> {
    const policy = this.policies.forModel(request.modelName).retraining;
    const model = await lockRetrainingModel(manager, request.modelName);
    const now = this.clock.now();
    const inFlight = await this.endings.inFlight(manager, model, policy, now);
    const data = await this.data.resolve(manager, request.modelName, request.servingTrainingRunId);
    const verdict = decideRetraining({
      cause: request.cause,
      policy,
      now,
      lastRequestedAt: model.lastRequestedAt?.getTime() ?? null,
      inFlight,
      servingFeatureSet: data.servingFeatureSet,
      newestFeatureSet: data.newest,
    });

    const decision = manager.create(RetrainingDecisionRow, {
      decisionId: request.decisionId ?? randomUUID(),
      modelName: request.modelName,
      trigger: request.cause,
      causeEventId: request.causeEventId,
      windowId: request.windowId,
      servingTrainingRunId: data.servingTrainingRunId,
      scheduledFor: request.scheduledFor === null ? null : new Date(request.scheduledFor),
      outcome: verdict.outcome,
      reason: notRequestedReason(request.because, verdict),
      trainingRequestId: verdict.inFlightRequestId,
      decidedAt: new Date(now),
    });
    if (verdict.outcome === 'requested') {
      decision.reason = requestedReason(request.because, data);
      decision.trainingRequestId = await this.publish(manager, request, decision, data);
      model.lastRequestedAt = new Date(now);
      model.inFlightRequestId = decision.trainingRequestId;
    }
    await manager.insert(RetrainingDecisionRow, decision);
    model.updatedAt = new Date(now);
    await manager.save(RetrainingModelRow, model);
    return decision;
  }

  private async publish(
    manager: EntityManager,
    request: RetrainingDecisionRequest,
    decision: RetrainingDecisionRow,
    data: TrainingData,
  ): Promise<string> {
    const { newest, serving } = data;
    const requestId = randomUUID();
    const requestedAt = decision.decidedAt.getTime();
    await this.outbox.enqueue(
      manager,
      'TrainingRequested',
      {
        modelName: request.modelName,
        requestId,
        trigger: request.cause,
        reason: decision.reason,
        featureViewName: newest?.featureViewName ?? serving?.featureViewName ?? null,
        featureViewVersion: newest?.featureViewVersion ?? null,
        featureSetId: newest?.featureSetId ?? null,
        configOverrides: {},
        requestedBy: request.requestedBy,
        requestedAt,
      },
      request.publish,
    );
    await manager.insert(RetrainingRequestRow, {
      requestId,
      modelName: request.modelName,
      decisionId: decision.decisionId,
      trigger: request.cause,
      featureSetId: newest?.featureSetId ?? null,
      requestedAt: decision.decidedAt,
      trainingRunId: null,
      endedAt: null,
      ending: null,
      endingDetail: null,
    });
    return requestId;
  }
}
