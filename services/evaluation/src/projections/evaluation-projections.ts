import type {
  FeatureSetMaterialized,
  ModelAliasAssigned,
  ModelVersionRegistered,
} from '@loopline/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProjectedAliasRow } from './projected-alias.row';
import { ProjectedFeatureSetRow } from './projected-feature-set.row';
import { ProjectedModelVersionRow } from './projected-model-version.row';

/** The alias whose model is the champion a candidate is compared with. */
export const CHAMPION_ALIAS = 'production';

/**
 * What evaluation knows of other services' state, built only from their events: the feature
 * sets (test rows of a candidate), and the registry's versions and aliases (the champion).
 */
@Injectable()
export class EvaluationProjections {
  async recordFeatureSet(manager: EntityManager, event: FeatureSetMaterialized): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProjectedFeatureSetRow)
      .values({ id: event.featureSetId, materialized: event })
      .orIgnore()
      .execute();
  }

  async recordModelVersion(manager: EntityManager, event: ModelVersionRegistered): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProjectedModelVersionRow)
      .values({
        modelName: event.modelName,
        version: event.modelVersion,
        trainingRunId: event.lineage.trainingRunId,
        registered: event,
      })
      .orIgnore()
      .execute();
  }

  /** Alias events of one model arrive in order (one topic, keyed by model), so the last wins. */
  async recordAlias(manager: EntityManager, event: ModelAliasAssigned): Promise<void> {
    await manager.upsert(
      ProjectedAliasRow,
      { modelName: event.modelName, alias: event.alias, version: event.modelVersion },
      ['modelName', 'alias'],
    );
  }

  async featureSet(manager: EntityManager, id: string): Promise<FeatureSetMaterialized | null> {
    return (await manager.findOneBy(ProjectedFeatureSetRow, { id }))?.materialized ?? null;
  }

  /** The version the production alias points at, or null when the model has none yet. */
  async champion(
    manager: EntityManager,
    modelName: string,
  ): Promise<ModelVersionRegistered | null> {
    const alias = await manager.findOneBy(ProjectedAliasRow, { modelName, alias: CHAMPION_ALIAS });
    if (alias === null) return null;
    const version = await manager.findOneBy(ProjectedModelVersionRow, {
      modelName,
      version: alias.version,
    });
    return version?.registered ?? null;
  }

  /** The registry's number for a training run's model, when it has registered it already. */
  async versionOfRun(manager: EntityManager, trainingRunId: string): Promise<number | null> {
    return (await manager.findOneBy(ProjectedModelVersionRow, { trainingRunId }))?.version ?? null;
  }
}
