import type { ConsumedEvent } from '@loopline/messaging';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AliasMover } from '../aliases/alias-mover';
import { ModelAliasRow } from '../database/model-alias.row';
import { lockModel } from '../database/model-lock';
import { ModelVersionRow } from '../database/model-version.row';
import { PromotionDecisionRow } from '../database/promotion-decision.row';
import { PRODUCTION_ALIAS, stageOfAlias } from '../domain/alias-name';
import { canMoveStage, type ModelStage, type StageMoveContext } from '../domain/model-stage';
import { rolledOutVersion } from './rolled-out-version';

/** Who the alias history names for moves that deployment's rollouts make. */
const DEPLOYMENT = 'deployment';

/**
 * Deployment's rollout outcomes move the aliases it owns: a completed rollout moves its target
 * alias to the version now serving; a rollback after completion moves production back to the
 * version serving again. Moves go through AliasMover, so stages follow as for any move. An
 * outcome the registry cannot apply (a version it never saw, or one whose stage cannot take the
 * alias, e.g. rejected meanwhile) is logged and skipped rather than retried forever: the event
 * stays in the audit log either way.
 */
@Injectable()
export class RolloutProjector {
  private readonly logger = new Logger(RolloutProjector.name);

  constructor(private readonly mover: AliasMover) {}

  async completed(manager: EntityManager, event: ConsumedEvent<'RolloutCompleted'>): Promise<void> {
    const rollout = event.payload;
    await lockModel(manager, rollout.modelName);
    const version = await rolledOutVersion(
      manager,
      rollout.modelName,
      rollout.modelVersion,
      rollout.lineage.trainingRunId,
    );
    if (version === null)
      return this.skip(`rollout ${rollout.rolloutId} completed for a version it never registered`);
    const stage = { overridesFailedGate: await this.overridden(manager, version, rollout) };
    if (!this.canTake(version, rollout.targetAlias, stage, `rollout ${rollout.rolloutId}`)) return;
    await this.mover.move(manager, version, {
      alias: rollout.targetAlias,
      reason: `rollout ${rollout.rolloutId} completed (${rollout.strategy})`,
      assignedBy: DEPLOYMENT,
      publish: { causedBy: event },
      stage,
      rolloutId: rollout.rolloutId,
    });
  }

  async rolledBack(
    manager: EntityManager,
    event: ConsumedEvent<'RolloutRolledBack'>,
  ): Promise<void> {
    const rollback = event.payload;
    const { modelName } = rollback;
    // With no earlier version serving again, there is no version to point production at.
    if (rollback.restoredModelVersion === null) return;
    await lockModel(manager, modelName);
    const rolledBack = await rolledOutVersion(
      manager,
      modelName,
      rollback.modelVersion,
      rollback.trainingRunId,
    );
    const production = await manager.findOneBy(ModelAliasRow, {
      modelName,
      alias: PRODUCTION_ALIAS,
    });
    // A rollback before completion never moved production, so there is nothing to undo.
    if (rolledBack === null || production?.version !== rolledBack.version) return;
    const restored = await manager.findOneBy(ModelVersionRow, {
      modelName,
      version: rollback.restoredModelVersion,
    });
    if (restored === null)
      return this.skip(
        `rollback of rollout ${rollback.rolloutId} restored ${modelName} v${rollback.restoredModelVersion}, which the registry never registered`,
      );
    if (!this.canTake(restored, PRODUCTION_ALIAS, {}, `rollback of rollout ${rollback.rolloutId}`))
      return;
    await this.mover.move(manager, restored, {
      alias: PRODUCTION_ALIAS,
      reason: `rollback of rollout ${rollback.rolloutId} (${rollback.reason}): ${rollback.detail}`,
      assignedBy: DEPLOYMENT,
      publish: { causedBy: event },
    });
  }

  /** True when the version was approved for the alias over its failed gate. */
  private overridden(
    manager: EntityManager,
    version: ModelVersionRow,
    rollout: { targetAlias: string },
  ): Promise<boolean> {
    return manager
      .createQueryBuilder(PromotionDecisionRow, 'd')
      .where('d.model_name = :model AND d.version = :version', {
        model: version.modelName,
        version: version.version,
      })
      .andWhere("d.decision = 'approved' AND d.target_alias = :alias", {
        alias: rollout.targetAlias,
      })
      .andWhere('d.overridden_evaluation_id IS NOT NULL')
      .getExists();
  }

  private canTake(
    version: ModelVersionRow,
    alias: string,
    context: StageMoveContext,
    what: string,
  ): boolean {
    const stage = stageOfAlias(alias);
    const from = version.stage as ModelStage;
    if (stage === null || from === stage || canMoveStage(from, stage, context)) return true;
    this.skip(
      `${what} would move '${alias}' to ${version.modelName} v${version.version}, which is ${from} and cannot become ${stage}`,
    );
    return false;
  }

  private skip(message: string): void {
    this.logger.warn(`${message}; the registry's aliases are left as they are`);
  }
}
