import type { Principal } from '@loopline/access-control';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lockModel } from '../database/model-lock';
import { followsDeployment } from '../domain/alias-name';
import { conflict, RegistryErrorCode } from '../domain/registry-error-code';
import { ModelPolicies } from '../model-policies/model-policies';
import { ModelVersionReader } from '../model-versions/model-version.reader';
import { aliasFollowsDeployment } from './alias-follows-deployment.error';
import { type AliasMoveResult, AliasMover } from './alias-mover';
import type { AssignAliasDto } from './assign-alias.dto';
import { AliasReader } from './alias.reader';

export interface AliasAssigned extends AliasMoveResult {
  modelName: string;
  /** Every alias of the model after the move: alias → version. */
  aliases: Record<string, number>;
}

/**
 * An operator moves an alias. Production follows deployment and is refused with the way it does
 * move; other aliases the model's policy reserves for approvals are refused with a pointer to
 * the approval endpoint; a rejected version takes none.
 */
@Injectable()
export class AssignAliasHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ModelVersionReader,
    private readonly aliasReader: AliasReader,
    private readonly policies: ModelPolicies,
    private readonly mover: AliasMover,
  ) {}

  execute(
    modelName: string,
    alias: string,
    dto: AssignAliasDto,
    principal: Principal,
  ): Promise<AliasAssigned> {
    if (followsDeployment(alias))
      throw aliasFollowsDeployment(
        modelName,
        alias,
        dto.version,
        this.policies.requiresApproval(modelName, alias),
      );
    return this.dataSource.transaction(async (manager) => {
      await lockModel(manager, modelName);
      const version = await this.reader.require(modelName, dto.version, manager);
      if (this.policies.requiresApproval(modelName, alias))
        throw conflict(
          RegistryErrorCode.ApprovalRequired,
          `The approval policy of ${modelName} requires an approval to move '${alias}'. An approver decides with POST /models/${modelName}/versions/${dto.version}/approvals and body {"targetAlias": "${alias}", "comment": "…"}.`,
          { modelName, alias, version: dto.version },
        );
      if (version.stage === 'rejected')
        throw conflict(
          RegistryErrorCode.VersionRejected,
          `${modelName} version ${dto.version} was rejected and can take no alias; choose another version (GET /models/${modelName}/versions).`,
          { modelName, version: dto.version },
        );
      const moved = await this.mover.move(manager, version, {
        alias,
        reason: dto.reason,
        assignedBy: principal.name,
        publish: { correlationId: version.correlationId },
      });
      return {
        modelName,
        ...moved,
        aliases: await this.aliasReader.current(modelName, manager),
      };
    });
  }
}
