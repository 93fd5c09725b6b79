import { Controller, Get, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ModelAliasRow } from '../database/model-alias.row';
import { ModelVersionRow } from '../database/model-version.row';
import { ModelPolicies } from '../model-policies/model-policies';
import { ModelVersionReader } from './model-version.reader';
import type { ModelVersionDetail, ModelVersionSummary } from './model-version.views';
import { parseVersionParam } from './version-param';

export interface RegisteredModelView {
  modelName: string;
  versionCount: number;
  latestVersion: number;
  /** alias → version */
  aliases: Record<string, number>;
  intendedUse: string;
  owners: string[];
  approvalRequiredFor: string[];
}

/** Registered models and their versions, read-only. */
@Controller('models')
export class ModelVersionsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ModelVersionReader,
    private readonly policies: ModelPolicies,
  ) {}

  @Get()
  async models(): Promise<{ models: RegisteredModelView[] }> {
    const counts = (await this.dataSource
      .createQueryBuilder(ModelVersionRow, 'v')
      .select('v.model_name', 'modelName')
      .addSelect('count(*)::int', 'versionCount')
      .addSelect('max(v.version)', 'latestVersion')
      .groupBy('v.model_name')
      .orderBy('v.model_name')
      .getRawMany()) as { modelName: string; versionCount: number; latestVersion: number }[];
    const aliases = await this.dataSource.manager.find(ModelAliasRow, { order: { alias: 'ASC' } });
    return {
      models: counts.map(({ modelName, versionCount, latestVersion }) => {
        const policy = this.policies.for(modelName);
        return {
          modelName,
          versionCount,
          latestVersion,
          aliases: Object.fromEntries(
            aliases
              .filter((alias) => alias.modelName === modelName)
              .map((alias) => [alias.alias, alias.version]),
          ),
          intendedUse: policy.intendedUse,
          owners: policy.owners,
          approvalRequiredFor: policy.approval.requiredFor,
        };
      }),
    };
  }

  /** Every version of the model, newest first. */
  @Get(':name/versions')
  async versions(
    @Param('name') name: string,
  ): Promise<{ modelName: string; versions: ModelVersionSummary[] }> {
    return { modelName: name, versions: await this.reader.versions(name) };
  }

  /** One version: stage, aliases, gate verdict, approvals and rejections, metrics, lineage. */
  @Get(':name/versions/:version')
  async version(
    @Param('name') name: string,
    @Param('version') version: string,
  ): Promise<ModelVersionDetail> {
    return this.reader.detail(name, parseVersionParam(version));
  }
}
