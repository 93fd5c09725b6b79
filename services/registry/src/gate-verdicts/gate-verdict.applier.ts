import type { ConsumedEvent } from '@loopline/messaging';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AliasMover } from '../aliases/alias-mover';
import { GateVerdictRow } from '../database/gate-verdict.row';
import { ModelAliasRow } from '../database/model-alias.row';
import type { ModelVersionRow } from '../database/model-version.row';
import { CANDIDATE_ALIAS } from '../domain/alias-name';
import { changeStage } from '../model-versions/change-stage';

/**
 * Joins a version with its gate verdict, whichever of the two arrived second: the version leaves
 * pending_evaluation for passed or failed, and a pass makes it the candidate (unless a newer
 * version already is).
 */
@Injectable()
export class GateVerdictApplier {
  private readonly logger = new Logger(GateVerdictApplier.name);

  constructor(private readonly aliases: AliasMover) {}

  async apply(
    manager: EntityManager,
    version: ModelVersionRow,
    verdict: GateVerdictRow,
    causedBy: ConsumedEvent,
  ): Promise<void> {
    if (version.stage !== 'pending_evaluation') {
      // A re-evaluation of a version already judged (or promoted) is kept as its newest
      // verdict, but does not move it: decisions taken on the first verdict stand.
      this.logger.log(
        `${version.modelName} v${version.version} is ${version.stage}; verdict ${verdict.evaluationId} recorded without a stage change`,
      );
      return;
    }
    await changeStage(manager, version, verdict.passed ? 'passed' : 'failed');
    if (!verdict.passed) return;
    const candidate = await manager.findOneBy(ModelAliasRow, {
      modelName: version.modelName,
      alias: CANDIDATE_ALIAS,
    });
    if (candidate && candidate.version > version.version) return; // a newer version passed first
    await this.aliases.move(manager, version, {
      alias: CANDIDATE_ALIAS,
      reason: 'gate passed',
      assignedBy: 'registry',
      publish: { causedBy },
    });
  }
}
