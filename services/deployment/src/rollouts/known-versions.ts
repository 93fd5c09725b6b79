import type { EntityManager } from 'typeorm';
import type { DeployableModel } from '../projections/deployable-model';
import { KnownModelRow } from '../projections/known-model.row';

/**
 * Fills in version numbers the registry assigned after a model was first named. A gate pass can
 * start a rollout before `ModelVersionRegistered` arrives, yet the rollout's events, the
 * registry's alias and a later rollback all need the number. Mutates the models in place; the
 * caller saves them with the rest of its change.
 */
export async function fillKnownVersions(
  manager: EntityManager,
  models: readonly (DeployableModel | null | undefined)[],
): Promise<void> {
  for (const model of models) {
    if (!model || model.modelVersion !== null) continue;
    const known = await manager.findOneBy(KnownModelRow, { trainingRunId: model.trainingRunId });
    if (known?.modelVersion != null) model.modelVersion = known.modelVersion;
  }
}
