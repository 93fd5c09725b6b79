import { randomUUID } from 'node:crypto';
import type { Principal } from '@loopline/access-control';
import { OutboxWriter } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AliasMover } from '../aliases/alias-mover';
import { AliasReader } from '../aliases/alias.reader';
import { lockModel } from '../database/model-lock';
import { PromotionDecisionRow } from '../database/promotion-decision.row';
import { ModelVersionReader } from '../model-versions/model-version.reader';
import { changeStage } from '../model-versions/change-stage';
import { type PromotionDecisionView, toDecisionView } from '../model-versions/model-version.views';
import type { RejectPromotionDto } from './promotion-decision.dto';

export interface PromotionRejectedResult {
  decision: PromotionDecisionView;
  stage: string;
  /** Aliases taken off the rejected version (a rejected version holds none). */
  removedAliases: string[];
  aliases: Record<string, number>;
}

/**
 * An approver rejects a version: it moves to the terminal stage rejected (409 from a stage the
 * table does not allow, e.g. production), PromotionRejected is published, and any alias it held
 * (candidate, staging, custom) is taken off it.
 */
@Injectable()
export class RejectPromotionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ModelVersionReader,
    private readonly aliasReader: AliasReader,
    private readonly mover: AliasMover,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(
    modelName: string,
    versionNumber: number,
    dto: RejectPromotionDto,
    principal: Principal,
  ): Promise<PromotionRejectedResult> {
    return this.dataSource.transaction(async (manager) => {
      await lockModel(manager, modelName);
      const version = await this.reader.require(modelName, versionNumber, manager);
      await changeStage(manager, version, 'rejected');
      const rejectedAt = Date.now();
      const approvalId = randomUUID();
      const { eventId } = await this.outbox.enqueue(
        manager,
        'PromotionRejected',
        {
          modelName,
          approvalId,
          modelVersion: versionNumber,
          trainingRunId: version.trainingRunId,
          targetAlias: dto.targetAlias,
          rejectedBy: principal.name,
          reason: dto.reason,
          rejectedAt,
        },
        { correlationId: version.correlationId },
      );
      const decision = manager.create(PromotionDecisionRow, {
        approvalId,
        modelName,
        version: versionNumber,
        trainingRunId: version.trainingRunId,
        decision: 'rejected',
        targetAlias: dto.targetAlias,
        strategy: null,
        decidedBy: principal.name,
        comment: dto.reason,
        overriddenEvaluationId: null,
        decidedAt: new Date(rejectedAt),
        eventId,
      });
      await manager.insert(PromotionDecisionRow, decision);
      const removedAliases = await this.mover.clear(
        manager,
        version,
        `version ${versionNumber} rejected: ${dto.reason}`,
        principal.name,
      );
      return {
        decision: toDecisionView(decision),
        stage: version.stage,
        removedAliases,
        aliases: await this.aliasReader.current(modelName, manager),
      };
    });
  }
}
