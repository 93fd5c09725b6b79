import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { FeatureSetStore } from '../feature-sets/feature-set.store';
import { TrainingConfigRegistry } from '../training-configs/training-config.registry';
import { RunScheduler } from './run-scheduler';

/**
 * A feature set was materialized: remember it (the training service's own projection of the
 * feature store's sets), and start a run of every model with auto-train on that trains on its
 * view, all in the inbox's transaction.
 */
@Controller()
export class FeatureSetMaterializedConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly featureSets: FeatureSetStore,
    private readonly configs: TrainingConfigRegistry,
    private readonly scheduler: RunScheduler,
  ) {}

  @ConsumeEvent('FeatureSetMaterialized')
  async handle(@Payload() event: ConsumedEvent<'FeatureSetMaterialized'>): Promise<void> {
    const featureSet = event.payload;
    await this.inbox.runOnce(event, async (manager) => {
      await this.featureSets.record(manager, featureSet);
      if (featureSet.labelColumn === null) return; // nothing to learn from
      for (const model of await this.configs.autoTrainModelsFor(
        featureSet.featureViewName,
        manager,
      )) {
        const pinned = model.config.featureView.version;
        if (pinned !== null && pinned !== featureSet.featureViewVersion) continue;
        await this.scheduler.submit(
          manager,
          {
            modelName: model.config.modelName,
            requestId: null,
            trigger: 'new_data',
            reason: `feature set ${featureSet.featureSetId} of ${featureSet.featureViewName} v${featureSet.featureViewVersion} materialized over ${featureSet.datasetName} version ${featureSet.datasetVersionId}`,
            requestedBy: event.metadata.producer,
            featureSetId: featureSet.featureSetId,
            featureViewName: featureSet.featureViewName,
            featureViewVersion: featureSet.featureViewVersion,
            configOverrides: {},
          },
          { causedBy: event },
        );
      }
    });
  }
}
