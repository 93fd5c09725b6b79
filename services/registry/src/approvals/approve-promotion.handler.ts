import { randomUUID } from 'node:crypto';
import type { Principal } from '@loopline/access-control';
import { OutboxWriter } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AliasMoveResult, AliasMover } from '../aliases/alias-mover';
import { AliasReader } from '../aliases/alias.reader';
import { lockModel } from '../database/model-lock';
import { PromotionDecisionRow } from '../database/promotion-decision.row';
import { followsDeployment } from '../domain/alias-name';
import { conflict, RegistryErrorCode } from '../domain/registry-error-code';
import { ModelVersionReader } from '../model-versions/model-version.reader';
import { type PromotionDecisionView, toDecisionView } from '../model-versions/model-version.views';
import type { ApprovePromotionDto } from './promotion-decision.dto';

export interface PromotionApprovedResult {
  decision: PromotionDecisionView;
  /** The move of the alias; null when it follows deployment and waits for the rollout. */
  alias: AliasMoveResult | null;
  /**
   * `pending` for an alias that follows deployment (production): it and the stage move when
   * deployment's rollout of this version completes. Null when the alias moved at once.
   */
  rollout: 'pending' | null;
  stage: string;
  /** Every alias of the model after the approval: alias → version. */
  aliases: Record<string, number>;
}

/**
 * An approver promotes a version to an alias (production by default), and PromotionApproved is
 * published in the same transaction. Production follows deployment: the approval starts a
 * rollout and the alias moves when it completes (RolloutCompleted); any other alias moves at
 * once. A version must have passed its gate, unless the approval overrides the failed gate with
 * a stated reason. Approving one version while another's rollout is pending is allowed: the
 * newest approval is the one deployment rolls out, superseding the earlier one.
 */
@Injectable()
export class ApprovePromotionHandler {
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
    dto: ApprovePromotionDto,
    principal: Principal,
  ): Promise<PromotionApprovedResult> {
    return this.dataSource.transaction(async (manager) => {
      await lockModel(manager, modelName);
      const version = await this.reader.require(modelName, versionNumber, manager);
      const where = { modelName, version: versionNumber };
      if (version.stage === 'rejected')
        throw conflict(
          RegistryErrorCode.VersionRejected,
          `${modelName} version ${versionNumber} was rejected; rejection is final. Approve another version.`,
          where,
        );
      const verdict = await this.reader.verdictOf(version, manager);
      if (verdict === null)
        throw conflict(
          RegistryErrorCode.GatePending,
          `${modelName} version ${versionNumber} is still pending evaluation: approve it once its gate verdict is in (GET /models/${modelName}/versions/${versionNumber}).`,
          where,
        );
      let overriddenEvaluationId: string | null = null;
      if (!verdict.passed) {
        const failed = verdict.checks.filter((check) => !check.passed);
        if (!dto.overrideFailedGate)
          throw conflict(
            RegistryErrorCode.GateFailed,
            `${modelName} version ${versionNumber} failed its gate (evaluation ${verdict.evaluationId}, policy ${verdict.policyName} v${verdict.policyVersion}): ${failed.map((check) => `${check.checkName} (${check.message})`).join('; ')}. To promote it anyway, approve with "overrideFailedGate": true and a comment giving the reason.`,
            {
              ...where,
              evaluationId: verdict.evaluationId,
              failedChecks: failed.map((c) => c.checkName),
            },
          );
        overriddenEvaluationId = verdict.evaluationId;
      }
      const current = await this.aliasReader.current(modelName, manager);
      if (current[dto.targetAlias] === versionNumber)
        throw conflict(
          RegistryErrorCode.AliasUnchanged,
          `'${dto.targetAlias}' already points at ${modelName} version ${versionNumber}; there is nothing to approve.`,
          { ...where, alias: dto.targetAlias },
        );
      const publish = { correlationId: version.correlationId };
      const approvedAt = Date.now();
      const approvalId = randomUUID();
      const { eventId } = await this.outbox.enqueue(
        manager,
        'PromotionApproved',
        {
          modelName,
          approvalId,
          modelVersion: versionNumber,
          trainingRunId: version.trainingRunId,
          targetAlias: dto.targetAlias,
          strategy: dto.strategy,
          approvedBy: principal.name,
          comment: dto.comment,
          overriddenEvaluationId,
          approvedAt,
        },
        publish,
      );
      const decision = manager.create(PromotionDecisionRow, {
        approvalId,
        modelName,
        version: versionNumber,
        trainingRunId: version.trainingRunId,
        decision: 'approved',
        targetAlias: dto.targetAlias,
        strategy: dto.strategy,
        decidedBy: principal.name,
        comment: dto.comment,
        overriddenEvaluationId,
        decidedAt: new Date(approvedAt),
        eventId,
      });
      await manager.insert(PromotionDecisionRow, decision);
      const pending = followsDeployment(dto.targetAlias);
      const alias = pending
        ? null
        : await this.mover.move(manager, version, {
            alias: dto.targetAlias,
            reason: dto.comment ? `promotion approved: ${dto.comment}` : 'promotion approved',
            assignedBy: principal.name,
            publish,
            stage: { overridesFailedGate: overriddenEvaluationId !== null },
          });
      return {
        decision: toDecisionView(decision),
        alias,
        rollout: pending ? 'pending' : null,
        stage: version.stage,
        aliases: await this.aliasReader.current(modelName, manager),
      };
    });
  }
}
