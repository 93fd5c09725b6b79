import type { EntityManager } from 'typeorm';
import { ModelVersionRow } from '../database/model-version.row';

/**
 * The version a deployment event speaks of: by its registry number when deployment knew it, else
 * by its training run (a rollout started from a passed gate can precede the number reaching
 * deployment). Null when the registry has no such version.
 */
export function rolledOutVersion(
  manager: EntityManager,
  modelName: string,
  modelVersion: number | null,
  trainingRunId: string,
): Promise<ModelVersionRow | null> {
  return modelVersion === null
    ? manager.findOneBy(ModelVersionRow, { modelName, trainingRunId })
    : manager.findOneBy(ModelVersionRow, { modelName, version: modelVersion });
}
