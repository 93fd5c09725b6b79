import type { ConsumedEvent } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GateVerdictProjector } from '../gate-verdicts/gate-verdict.projector';
import { LineageProjector } from '../lineage/lineage.projector';
import { ModelTrainedProjector } from '../model-versions/model-trained.projector';
import { RolloutProjector } from '../rollouts/rollout.projector';

/**
 * Builds the registry's state from the lifecycle events, in the audit consumer's inbox
 * transaction (one event id is handled once per service, so the audit log and the projections
 * commit together or not at all). Deployment's rollout outcomes move the aliases it owns. Events
 * the registry publishes itself (ModelPolicyRegistered, ModelVersionRegistered,
 * ModelAliasAssigned, PromotionApproved, PromotionRejected) come back through the same consumer
 * and are not projected: their state was written in the transaction that published them.
 */
@Injectable()
export class RegistryProjections {
  constructor(
    private readonly versions: ModelTrainedProjector,
    private readonly verdicts: GateVerdictProjector,
    private readonly lineage: LineageProjector,
    private readonly rollouts: RolloutProjector,
  ) {}

  async apply(manager: EntityManager, event: ConsumedEvent): Promise<void> {
    switch (event.name) {
      case 'ModelTrained':
        return this.versions.project(manager, event as ConsumedEvent<'ModelTrained'>);
      case 'ModelGatePassed':
      case 'ModelGateFailed':
        return this.verdicts.project(
          manager,
          event as ConsumedEvent<'ModelGatePassed' | 'ModelGateFailed'>,
        );
      case 'DatasetVersionCreated':
        return this.lineage.datasetVersionCreated(
          manager,
          event as ConsumedEvent<'DatasetVersionCreated'>,
        );
      case 'FeatureSetMaterialized':
        return this.lineage.featureSetMaterialized(
          manager,
          event as ConsumedEvent<'FeatureSetMaterialized'>,
        );
      case 'RolloutCompleted':
        return this.rollouts.completed(manager, event as ConsumedEvent<'RolloutCompleted'>);
      case 'RolloutRolledBack':
        return this.rollouts.rolledBack(manager, event as ConsumedEvent<'RolloutRolledBack'>);
      default:
        return undefined;
    }
  }
}
