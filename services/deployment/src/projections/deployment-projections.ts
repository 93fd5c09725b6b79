import type {
  ModelGatePassed,
  ModelPolicyRegistered,
  ModelVersionRegistered,
} from '@loopline/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DeployableModel } from './deployable-model';
import { KnownModelRow } from './known-model.row';
import { ModelApprovalRuleRow } from './model-approval-rule.row';

/**
 * When the registry has not said otherwise, production waits for an approver: the registry's own
 * default for a model without a policy file, so both sides agree before the first event.
 */
const DEFAULT_APPROVAL_REQUIRED_FOR = ['production'];

/**
 * What deployment knows of other services' state, built only from their events: the models it
 * may serve (from gate passes and registered versions, whichever comes first, keyed by training
 * run) and which aliases need an approver.
 */
@Injectable()
export class DeploymentProjections {
  async recordGatePass(manager: EntityManager, event: ModelGatePassed): Promise<DeployableModel> {
    return this.remember(manager, {
      modelName: event.modelName,
      modelVersion: event.modelVersion,
      trainingRunId: event.lineage.trainingRunId,
      artifact: event.artifact,
      transform: event.transform,
      lineage: event.lineage,
    });
  }

  async recordModelVersion(manager: EntityManager, event: ModelVersionRegistered): Promise<void> {
    await this.remember(manager, {
      modelName: event.modelName,
      modelVersion: event.modelVersion,
      trainingRunId: event.lineage.trainingRunId,
      artifact: event.artifact,
      transform: event.transform,
      lineage: event.lineage,
    });
  }

  /** Policy events of one model arrive in order (one topic, keyed by model): the last wins. */
  async recordPolicy(manager: EntityManager, event: ModelPolicyRegistered): Promise<void> {
    await manager.upsert(
      ModelApprovalRuleRow,
      {
        modelName: event.modelName,
        policyVersion: event.policyVersion,
        approvalRequiredFor: event.approvalRequiredFor,
      },
      ['modelName'],
    );
  }

  async requiresApproval(
    manager: EntityManager,
    modelName: string,
    alias: string,
  ): Promise<boolean> {
    const rule = await manager.findOneBy(ModelApprovalRuleRow, { modelName });
    return (rule?.approvalRequiredFor ?? DEFAULT_APPROVAL_REQUIRED_FOR).includes(alias);
  }

  async byTrainingRun(
    manager: EntityManager,
    trainingRunId: string,
  ): Promise<DeployableModel | null> {
    return manager.findOneBy(KnownModelRow, { trainingRunId });
  }

  async byVersion(
    manager: EntityManager,
    modelName: string,
    modelVersion: number,
  ): Promise<DeployableModel | null> {
    return manager.findOneBy(KnownModelRow, { modelName, modelVersion });
  }

  /** Inserts the model, or fills in the version number a gate pass did not know yet. */
  private async remember(manager: EntityManager, model: DeployableModel): Promise<DeployableModel> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(KnownModelRow)
      .values(model)
      // A gate pass may come after the registration: never forget a version number once known.
      .onConflict(
        '("training_run_id") DO UPDATE SET "model_version" = ' +
          'COALESCE(EXCLUDED."model_version", "known_models"."model_version")',
      )
      .execute();
    return (await this.byTrainingRun(manager, model.trainingRunId)) ?? model;
  }
}
