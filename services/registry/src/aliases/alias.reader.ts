import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, LessThanOrEqual } from 'typeorm';
import { AliasMoveRow } from '../database/alias-move.row';
import { ModelAliasRow } from '../database/model-alias.row';
import { notFound, RegistryErrorCode } from '../domain/registry-error-code';

/** One move of an alias as the HTTP API shows it; a null version is a removal. */
export interface AliasMoveView {
  alias: string;
  modelVersion: number | null;
  previousModelVersion: number | null;
  reason: string;
  assignedBy: string;
  assignedAt: string;
}

/** Reads aliases now and in the past (from the history of every move). */
@Injectable()
export class AliasReader {
  constructor(private readonly dataSource: DataSource) {}

  /** alias → version, for every alias the model has now. */
  async current(
    modelName: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Record<string, number>> {
    const rows = await manager.find(ModelAliasRow, {
      where: { modelName },
      order: { alias: 'ASC' },
    });
    return Object.fromEntries(rows.map((row) => [row.alias, row.version]));
  }

  /** Every move of the alias, oldest first; 404 when it never pointed anywhere. */
  async history(modelName: string, alias: string): Promise<AliasMoveView[]> {
    const rows = await this.dataSource.manager.find(AliasMoveRow, {
      where: { modelName, alias },
      order: { id: 'ASC' },
    });
    if (rows.length === 0) throw neverAssigned(modelName, alias);
    return rows.map(toView);
  }

  /** The move that set what the alias pointed at, at `at` (now when absent). */
  async at(modelName: string, alias: string, at: Date): Promise<AliasMoveView> {
    const [row] = await this.dataSource.manager.find(AliasMoveRow, {
      where: { modelName, alias, assignedAt: LessThanOrEqual(at) },
      order: { assignedAt: 'DESC', id: 'DESC' },
      take: 1,
    });
    if (row?.version != null) return toView(row);
    if (!(await this.dataSource.manager.existsBy(AliasMoveRow, { modelName, alias })))
      throw neverAssigned(modelName, alias);
    throw notFound(
      RegistryErrorCode.AliasNotFound,
      `${modelName}'s alias '${alias}' pointed at no version at ${at.toISOString()}` +
        (row
          ? ` (it was taken off version ${row.previousVersion} at ${row.assignedAt.toISOString()}: ${row.reason})`
          : ' (it was first assigned later)') +
        `; see its timeline at GET /models/${modelName}/aliases/${alias}/history.`,
      { modelName, alias, at: at.toISOString() },
    );
  }
}

function toView(row: AliasMoveRow): AliasMoveView {
  return {
    alias: row.alias,
    modelVersion: row.version,
    previousModelVersion: row.previousVersion,
    reason: row.reason,
    assignedBy: row.assignedBy,
    assignedAt: row.assignedAt.toISOString(),
  };
}

function neverAssigned(modelName: string, alias: string) {
  return notFound(
    RegistryErrorCode.AliasNotFound,
    `${modelName} has never had an alias '${alias}'; its aliases are at GET /models/${modelName}/aliases.`,
    { modelName, alias },
  );
}
