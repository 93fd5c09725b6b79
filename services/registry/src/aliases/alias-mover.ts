import { OutboxWriter, type PublishContext } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AliasMoveRow } from '../database/alias-move.row';
import { ModelAliasRow } from '../database/model-alias.row';
import { ModelVersionRow } from '../database/model-version.row';
import { stageOfAlias } from '../domain/alias-name';
import type { StageMoveContext } from '../domain/model-stage';
import { changeStage } from '../model-versions/change-stage';

export interface AliasMove {
  alias: string;
  reason: string;
  /** Principal name, or `registry` for moves the registry makes itself. */
  assignedBy: string;
  publish: PublishContext;
  stage?: StageMoveContext;
  /** The rollout whose completion moves the alias; absent for every other move. */
  rolloutId?: string;
}

export interface AliasMoveResult {
  alias: string;
  modelVersion: number;
  previousModelVersion: number | null;
  changed: boolean;
  /** Versions whose stage the move changed, as `{version, stage}`. */
  stageChanges: { version: number; stage: string }[];
}

/**
 * The only writer of aliases (and of ModelAliasAssigned). In the caller's transaction, under the
 * model lock: moves the alias, moves the stage that `staging`/`production` stand for (the
 * version that held the alias in that stage is archived), records the move in the history and
 * publishes it.
 */
@Injectable()
export class AliasMover {
  constructor(private readonly outbox: OutboxWriter) {}

  async move(
    manager: EntityManager,
    version: ModelVersionRow,
    move: AliasMove,
  ): Promise<AliasMoveResult> {
    const { modelName } = version;
    const current = await manager.findOneBy(ModelAliasRow, { modelName, alias: move.alias });
    const previous = current?.version ?? null;
    const result: AliasMoveResult = {
      alias: move.alias,
      modelVersion: version.version,
      previousModelVersion: previous,
      changed: previous !== version.version,
      stageChanges: [],
    };
    if (!result.changed) return result;
    const stage = stageOfAlias(move.alias);
    if (stage !== null) {
      const before = version.stage;
      await changeStage(manager, version, stage, move.stage);
      if (before !== stage) result.stageChanges.push({ version: version.version, stage });
      const holder =
        previous === null
          ? null
          : await manager.findOneBy(ModelVersionRow, { modelName, version: previous });
      if (holder && holder.stage === stage) {
        await changeStage(manager, holder, 'archived');
        result.stageChanges.push({ version: holder.version, stage: 'archived' });
      }
    }
    const assignedAt = Date.now();
    const { eventId } = await this.outbox.enqueue(
      manager,
      'ModelAliasAssigned',
      {
        modelName,
        alias: move.alias,
        modelVersion: version.version,
        previousModelVersion: previous,
        rolloutId: move.rolloutId ?? null,
        reason: move.reason,
        assignedBy: move.assignedBy,
        assignedAt,
      },
      move.publish,
    );
    await manager.upsert(
      ModelAliasRow,
      { modelName, alias: move.alias, version: version.version, assignedAt: new Date(assignedAt) },
      ['modelName', 'alias'],
    );
    await manager.insert(AliasMoveRow, {
      modelName,
      alias: move.alias,
      version: version.version,
      previousVersion: previous,
      reason: move.reason,
      assignedBy: move.assignedBy,
      assignedAt: new Date(assignedAt),
      eventId,
    });
    return result;
  }

  /**
   * Takes every alias off a version that can no longer hold one (rejected), recording each
   * removal in the history; returns the aliases removed.
   */
  async clear(
    manager: EntityManager,
    version: ModelVersionRow,
    reason: string,
    by: string,
  ): Promise<string[]> {
    const { modelName } = version;
    const held = await manager.findBy(ModelAliasRow, { modelName, version: version.version });
    for (const alias of held) {
      await manager.delete(ModelAliasRow, { modelName, alias: alias.alias });
      await manager.insert(AliasMoveRow, {
        modelName,
        alias: alias.alias,
        version: null,
        previousVersion: version.version,
        reason,
        assignedBy: by,
        assignedAt: new Date(),
        eventId: null,
      });
    }
    return held.map((alias) => alias.alias);
  }
}
