import type { EntityManager } from 'typeorm';
import { ModelVersionRow } from '../database/model-version.row';
import { assertStageMove, type ModelStage, type StageMoveContext } from '../domain/model-stage';

/** Moves a version's stage through the stage table (409 for a move the table lacks). */
export async function changeStage(
  manager: EntityManager,
  version: ModelVersionRow,
  to: ModelStage,
  context: StageMoveContext = {},
): Promise<void> {
  if (version.stage === to) return;
  assertStageMove(version.stage as ModelStage, to, {
    ...context,
    modelName: version.modelName,
    version: version.version,
  });
  version.stage = to;
  version.stageChangedAt = new Date();
  await manager.update(
    ModelVersionRow,
    { modelName: version.modelName, version: version.version },
    { stage: to, stageChangedAt: version.stageChangedAt },
  );
}
