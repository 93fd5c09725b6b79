import { ErrorKind, PlatformError } from '@loopline/errors';
import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeploymentProjections } from '../projections/deployment-projections';
import { RollbackRequestHandler } from './rollback-request.handler';
import { ROLLOUT_TARGET_ALIAS } from './rollout-events';
import type { RolloutStrategyName } from './rollout-plan';
import { RolloutWriter } from './rollout.writer';

export const RolloutTriggerErrorCode = {
  UnknownModel: 'DEPLOYMENT.UNKNOWN_MODEL_VERSION',
} as const;

/**
 * What starts, and stops, rollouts: a passed gate (when the model's policy needs no approver for
 * production), an approval (when it does), a rollback request. Also keeps the projections those
 * decisions read: registered versions and the registry's approval rules.
 */
@Controller()
export class RolloutTriggersConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly projections: DeploymentProjections,
    private readonly writer: RolloutWriter,
    private readonly rollbacks: RollbackRequestHandler,
  ) {}

  @ConsumeEvent('ModelGatePassed')
  async gatePassed(@Payload() event: ConsumedEvent<'ModelGatePassed'>): Promise<void> {
    await this.inbox.runOnce(event, async (manager) => {
      const candidate = await this.projections.recordGatePass(manager, event.payload);
      if (
        await this.projections.requiresApproval(manager, candidate.modelName, ROLLOUT_TARGET_ALIAS)
      )
        return;
      await this.writer.start(manager, candidate, {
        trigger: `gate:${event.payload.evaluationId}`,
        requestedStrategy: null,
        correlationId: event.metadata.correlationId,
        publish: { causedBy: event },
      });
    });
  }

  @ConsumeEvent('PromotionApproved')
  async promotionApproved(@Payload() event: ConsumedEvent<'PromotionApproved'>): Promise<void> {
    const approval = event.payload;
    if (approval.targetAlias !== ROLLOUT_TARGET_ALIAS) return;
    await this.inbox.runOnce(event, async (manager) => {
      const candidate = await this.projections.byTrainingRun(manager, approval.trainingRunId);
      if (candidate === null)
        throw new PlatformError(
          RolloutTriggerErrorCode.UnknownModel,
          `${approval.modelName} v${approval.modelVersion} (run ${approval.trainingRunId}) was approved, but deployment never saw it registered or passing a gate, so it has no artifact to roll out. Check that ModelVersionRegistered reached loopline.model-registry before the approval.`,
          { kind: ErrorKind.Unprocessable, details: { ...approval } },
        );
      await this.writer.start(manager, candidate, {
        trigger: `approval:${approval.approvalId}`,
        requestedStrategy:
          approval.strategy === 'unknown' ? null : (approval.strategy as RolloutStrategyName),
        correlationId: event.metadata.correlationId,
        publish: { causedBy: event },
      });
    });
  }

  @ConsumeEvent('RollbackRequested')
  async rollbackRequested(@Payload() event: ConsumedEvent<'RollbackRequested'>): Promise<void> {
    await this.inbox.runOnce(event, (manager) => this.rollbacks.handle(manager, event));
  }

  @ConsumeEvent('ModelVersionRegistered')
  async modelVersion(@Payload() event: ConsumedEvent<'ModelVersionRegistered'>): Promise<void> {
    await this.inbox.runOnce(event, (manager) =>
      this.projections.recordModelVersion(manager, event.payload),
    );
  }

  @ConsumeEvent('ModelPolicyRegistered')
  async modelPolicy(@Payload() event: ConsumedEvent<'ModelPolicyRegistered'>): Promise<void> {
    await this.inbox.runOnce(event, (manager) =>
      this.projections.recordPolicy(manager, event.payload),
    );
  }
}
