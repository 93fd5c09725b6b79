import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RetrainingTriggers } from '../retraining/retraining-triggers';
import { CatalogProjections } from './catalog-projections';

/** Keeps the catalog from the registry's, feature store's, evaluation's and deployment's events. */
@Controller()
export class CatalogConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly catalog: CatalogProjections,
    private readonly retraining: RetrainingTriggers,
  ) {}

  @ConsumeEvent('ModelVersionRegistered')
  async versionRegistered(
    @Payload() event: ConsumedEvent<'ModelVersionRegistered'>,
  ): Promise<void> {
    await this.inbox.runOnce(event, (manager) =>
      this.catalog.recordVersion(manager, event.payload),
    );
  }

  @ConsumeEvent('FeatureSetMaterialized')
  async featureSetMaterialized(
    @Payload() event: ConsumedEvent<'FeatureSetMaterialized'>,
  ): Promise<void> {
    await this.inbox.runOnce(event, (manager) =>
      this.catalog.recordFeatureSet(manager, event.payload),
    );
  }

  @ConsumeEvent('ModelGatePassed')
  async gatePassed(@Payload() event: ConsumedEvent<'ModelGatePassed'>): Promise<void> {
    const { lineage, report } = event.payload;
    await this.inbox.runOnce(event, (manager) =>
      this.catalog.recordEvaluation(manager, lineage.trainingRunId, report),
    );
  }

  @ConsumeEvent('ModelGateFailed')
  async gateFailed(@Payload() event: ConsumedEvent<'ModelGateFailed'>): Promise<void> {
    const { lineage, report } = event.payload;
    await this.inbox.runOnce(event, async (manager) => {
      await this.catalog.recordEvaluation(manager, lineage.trainingRunId, report);
      await this.retraining.gateFailed(manager, event);
    });
  }

  @ConsumeEvent('RolloutCompleted')
  async rolloutCompleted(@Payload() event: ConsumedEvent<'RolloutCompleted'>): Promise<void> {
    await this.inbox.runOnce(event, async (manager) => {
      await this.catalog.recordChampion(manager, event.payload);
      await this.retraining.rolloutCompleted(manager, event);
    });
  }
}
