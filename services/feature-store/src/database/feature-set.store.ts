import { randomUUID } from 'node:crypto';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  canMoveFeatureSet,
  type FeatureSet,
  type FeatureSetResult,
  FeatureSetStatus,
} from '../domain/feature-set';
import { FeatureSetRow } from './feature-set.row';

export interface FeatureSetKey {
  viewName: string;
  viewVersion: number;
  datasetVersionId: string;
}

/** Reads and writes feature sets; every status change goes through the allowed transitions. */
@Injectable()
export class FeatureSetStore {
  /**
   * The feature set of a view version over a dataset version: a new one is queued, a failed one
   * queued again; a queued, running or completed one is returned as it is (`created` false).
   */
  async request(
    manager: EntityManager,
    key: FeatureSetKey,
  ): Promise<{ featureSet: FeatureSet; created: boolean }> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(FeatureSetRow)
      .values({
        id: randomUUID(),
        ...key,
        status: FeatureSetStatus.Queued,
        rowsDone: 0,
        requestedAt: new Date(),
      })
      .orIgnore()
      .returning('id')
      .execute();
    const row = await manager.findOneOrFail(FeatureSetRow, {
      where: { ...key },
      lock: { mode: 'pessimistic_write' },
    });
    if (row.status === FeatureSetStatus.Failed) {
      return {
        featureSet: await this.move(manager, row.id, FeatureSetStatus.Queued, {}),
        created: true,
      };
    }
    return { featureSet: toFeatureSet(row), created: (inserted.raw as unknown[]).length > 0 };
  }

  async find(manager: EntityManager, id: string): Promise<FeatureSet | null> {
    const row = await manager.findOneBy(FeatureSetRow, { id });
    return row === null ? null : toFeatureSet(row);
  }

  async list(
    manager: EntityManager,
    filter: { viewName?: string; status?: FeatureSetStatus; datasetVersionId?: string },
    limit: number,
  ): Promise<FeatureSet[]> {
    const rows = await manager.find(FeatureSetRow, {
      where: { ...filter },
      order: { requestedAt: 'DESC' },
      take: limit,
    });
    return rows.map(toFeatureSet);
  }

  async start(manager: EntityManager, id: string): Promise<FeatureSet> {
    return this.move(manager, id, FeatureSetStatus.Running, {
      startedAt: new Date(),
      rowsDone: 0,
      stage: null,
    });
  }

  /** Progress of a running set; a set that is no longer running is left alone. */
  async progress(
    manager: EntityManager,
    id: string,
    progress: { stage: string; rowsDone: number; rowsTotal: number },
  ): Promise<void> {
    await manager.update(FeatureSetRow, { id, status: FeatureSetStatus.Running }, progress);
  }

  async complete(
    manager: EntityManager,
    id: string,
    result: FeatureSetResult,
  ): Promise<FeatureSet> {
    return this.move(manager, id, FeatureSetStatus.Completed, {
      result,
      finishedAt: new Date(),
      rowsDone: result.rowCount,
      rowsTotal: result.rowCount,
    });
  }

  async fail(
    manager: EntityManager,
    id: string,
    error: { code: string; message: string },
  ): Promise<FeatureSet> {
    return this.move(manager, id, FeatureSetStatus.Failed, {
      errorCode: error.code,
      errorMessage: error.message,
      finishedAt: new Date(),
    });
  }

  private async move(
    manager: EntityManager,
    id: string,
    to: FeatureSetStatus,
    patch: Partial<FeatureSetRow>,
  ): Promise<FeatureSet> {
    const row = await manager.findOneOrFail(FeatureSetRow, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const from = row.status as FeatureSetStatus;
    if (!canMoveFeatureSet(from, to)) {
      throw new PlatformError(
        'FEATURE_STORE.ILLEGAL_FEATURE_SET_TRANSITION',
        `Feature set ${id} is ${from} and cannot become ${to}.`,
        { kind: ErrorKind.Conflict, details: { id, from, to } },
      );
    }
    const cleared =
      to === FeatureSetStatus.Queued
        ? { errorCode: null, errorMessage: null, finishedAt: null, startedAt: null }
        : {};
    const next = { ...patch, ...cleared, status: to };
    await manager.update(FeatureSetRow, { id }, next as never);
    return toFeatureSet({ ...row, ...next } as FeatureSetRow);
  }
}

function toFeatureSet(row: FeatureSetRow): FeatureSet {
  return {
    id: row.id,
    viewName: row.viewName,
    viewVersion: row.viewVersion,
    datasetVersionId: row.datasetVersionId,
    status: row.status as FeatureSetStatus,
    stage: row.stage as FeatureSet['stage'],
    rowsDone: row.rowsDone,
    rowsTotal: row.rowsTotal,
    requestedAt: row.requestedAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    result: row.result as FeatureSetResult | null,
    error: row.errorCode === null ? null : { code: row.errorCode, message: row.errorMessage ?? '' },
  };
}
