import type { ConsumedEvent, PublishedEvent } from '@loopline/messaging';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RetrainingTrigger, RetrainingTriggers } from './retraining-triggers';
import { RetrainingClock } from './retraining-clock';
import { RetrainingDecider } from './retraining.decider';
import { RetrainingEndings } from './retraining.endings';

/** Who monitoring's own requests name as requestedBy. */
export const MONITORING_REQUESTER = 'monitoring';

/** The retraining port as the model's policy rules it: findings become decisions. */
@Injectable()
export class PolicyRetrainingTriggers extends RetrainingTriggers {
  constructor(
    private readonly decider: RetrainingDecider,
    private readonly endings: RetrainingEndings,
    @Inject(RetrainingClock) private readonly clock: RetrainingClock,
  ) {
    super();
  }

  async consider(
    manager: EntityManager,
    trigger: RetrainingTrigger,
    cause: PublishedEvent<'DriftDetected' | 'PerformanceDegraded'>,
  ): Promise<void> {
    await this.decider.decide(manager, {
      modelName: trigger.modelName,
      cause: trigger.trigger,
      servingTrainingRunId: trigger.trainingRunId,
      windowId: trigger.windowId,
      causeEventId: cause.metadata.eventId,
      scheduledFor: null,
      because: trigger.reason,
      requestedBy: MONITORING_REQUESTER,
      publish: { causedBy: cause },
    });
  }

  async rolloutCompleted(
    manager: EntityManager,
    event: ConsumedEvent<'RolloutCompleted'>,
  ): Promise<void> {
    const rollout = event.payload;
    await this.endings.end(
      manager,
      { trainingRunId: rollout.lineage.trainingRunId },
      'rollout_completed',
      `RolloutCompleted ${event.metadata.eventId}: rollout ${rollout.rolloutId} made the retrained version${rollout.modelVersion === null ? '' : ` v${rollout.modelVersion}`} serve ${rollout.endpointName}`,
      this.clock.now(),
    );
  }

  async gateFailed(manager: EntityManager, event: ConsumedEvent<'ModelGateFailed'>): Promise<void> {
    const gate = event.payload;
    const failed = gate.checks.filter((check) => !check.passed).map((check) => check.checkName);
    await this.endings.end(
      manager,
      { trainingRunId: gate.lineage.trainingRunId },
      'gate_failed',
      `ModelGateFailed ${event.metadata.eventId}: the retrained version failed gate policy ${gate.policyName} v${gate.policyVersion}${failed.length > 0 ? ` (${failed.join(', ')})` : ''}`,
      this.clock.now(),
    );
  }
}
