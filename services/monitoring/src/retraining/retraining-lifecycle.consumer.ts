import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CatalogProjections } from '../catalog/catalog-projections';
import { RetrainingClock } from './retraining-clock';
import { RetrainingEndings } from './retraining.endings';

/**
 * Follows the retraining monitoring asked for: which run serves a request, and the run failures
 * and rollbacks that end it (ModelGateFailed and RolloutCompleted arrive through the catalog's
 * consumer, which owns those event types in this service).
 */
@Controller()
export class RetrainingLifecycleConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly endings: RetrainingEndings,
    private readonly catalog: CatalogProjections,
    @Inject(RetrainingClock) private readonly clock: RetrainingClock,
  ) {}

  @ConsumeEvent('TrainingRunStarted')
  async runStarted(@Payload() event: ConsumedEvent<'TrainingRunStarted'>): Promise<void> {
    const { requestId, trainingRunId } = event.payload;
    if (requestId === null) return;
    await this.inbox.runOnce(event, (manager) =>
      this.endings.runStarted(manager, requestId, trainingRunId),
    );
  }

  @ConsumeEvent('TrainingFailed')
  async trainingFailed(@Payload() event: ConsumedEvent<'TrainingFailed'>): Promise<void> {
    const failure = event.payload;
    await this.inbox.runOnce(event, (manager) =>
      this.endings.end(
        manager,
        { requestId: failure.requestId, trainingRunId: failure.trainingRunId },
        'training_failed',
        `TrainingFailed ${event.metadata.eventId}: run ${failure.trainingRunId} failed with ${failure.errorCode}`,
        this.clock.now(),
      ),
    );
  }

  @ConsumeEvent('RolloutRolledBack')
  async rolledBack(@Payload() event: ConsumedEvent<'RolloutRolledBack'>): Promise<void> {
    const rollback = event.payload;
    await this.inbox.runOnce(event, async (manager) => {
      // The catalog's champion follows a rollback after completion; one consumer per event type.
      await this.catalog.recordRollback(manager, rollback);
      await this.endings.end(
        manager,
        { trainingRunId: rollback.trainingRunId },
        'rolled_back',
        `RolloutRolledBack ${event.metadata.eventId}: rollout ${rollback.rolloutId} of the retrained version was rolled back (${rollback.reason})`,
        this.clock.now(),
      );
    });
  }
}
