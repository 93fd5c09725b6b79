import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GateVerdictRow } from '../database/gate-verdict.row';
import { ModelAliasRow } from '../database/model-alias.row';
import { ModelVersionRow } from '../database/model-version.row';
import { PromotionDecisionRow } from '../database/promotion-decision.row';
import { notFound, RegistryErrorCode } from '../domain/registry-error-code';
import {
  type ModelVersionDetail,
  type ModelVersionSummary,
  toDetail,
  toSummary,
} from './model-version.views';

/** Reads versions for the HTTP API and for the decisions, with 404s that say where to look. */
@Injectable()
export class ModelVersionReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The version row, or 404 naming whether the model or the version is unknown. */
  async require(
    name: string,
    version: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ModelVersionRow> {
    const row = await manager.findOneBy(ModelVersionRow, { modelName: name, version });
    if (row) return row;
    await this.requireModel(name, manager);
    throw notFound(
      RegistryErrorCode.ModelVersionNotFound,
      `Model ${name} has no version ${version}; list its versions at GET /models/${name}/versions.`,
      { modelName: name, version },
    );
  }

  async requireModel(name: string, manager: EntityManager = this.dataSource.manager) {
    if (await manager.existsBy(ModelVersionRow, { modelName: name })) return;
    throw notFound(
      RegistryErrorCode.ModelNotFound,
      `The registry has no model named ${name}: a model appears with its first ModelTrained event. List the models at GET /models.`,
      { modelName: name },
    );
  }

  async verdictOf(row: ModelVersionRow, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(GateVerdictRow, { trainingRunId: row.trainingRunId });
  }

  async aliasesOf(row: ModelVersionRow, manager: EntityManager = this.dataSource.manager) {
    const aliases = await manager.find(ModelAliasRow, {
      where: { modelName: row.modelName, version: row.version },
      order: { alias: 'ASC' },
    });
    return aliases.map((alias) => alias.alias);
  }

  async detail(name: string, version: number): Promise<ModelVersionDetail> {
    const row = await this.require(name, version);
    const decisions = await this.dataSource.manager.find(PromotionDecisionRow, {
      where: { modelName: name, version },
      order: { decidedAt: 'ASC' },
    });
    return toDetail(row, await this.aliasesOf(row), await this.verdictOf(row), decisions);
  }

  /** Every version of the model, newest first. */
  async versions(name: string): Promise<ModelVersionSummary[]> {
    await this.requireModel(name);
    const manager = this.dataSource.manager;
    const rows = await manager.find(ModelVersionRow, {
      where: { modelName: name },
      order: { version: 'DESC' },
    });
    const aliases = await manager.findBy(ModelAliasRow, { modelName: name });
    const verdicts = new Map(
      (await manager.findBy(GateVerdictRow, { modelName: name })).map((verdict) => [
        verdict.trainingRunId,
        verdict,
      ]),
    );
    return rows.map((row) =>
      toSummary(
        row,
        aliases
          .filter((alias) => alias.version === row.version)
          .map((alias) => alias.alias)
          .sort(),
        verdicts.get(row.trainingRunId) ?? null,
      ),
    );
  }
}
