import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ArtifactRef } from '../domain/artifact-ref';
import type { DatasetVersionRef } from '../domain/dataset-version-ref';
import { DatasetVersionRow } from './dataset-version.row';

/** The projection of ingestion's dataset versions; the only code that sees its rows. */
@Injectable()
export class DatasetVersionStore {
  /** Records a version once; a redelivered event changes nothing. */
  async record(manager: EntityManager, version: DatasetVersionRef): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DatasetVersionRow)
      .values({ ...version })
      .orIgnore()
      .execute();
  }

  async find(manager: EntityManager, id: string): Promise<DatasetVersionRef | null> {
    const row = await manager.findOneBy(DatasetVersionRow, { id });
    return row === null ? null : toRef(row);
  }

  async latest(manager: EntityManager, dataset: string): Promise<DatasetVersionRef | null> {
    const row = await manager.findOne(DatasetVersionRow, {
      where: { dataset },
      order: { version: 'DESC', createdAt: 'DESC' },
    });
    return row === null ? null : toRef(row);
  }
}

function toRef(row: DatasetVersionRow): DatasetVersionRef {
  return {
    id: row.id,
    dataset: row.dataset,
    version: row.version,
    contentSha256: row.contentSha256,
    manifest: row.manifest as ArtifactRef,
    rowCount: row.rowCount,
    createdAt: row.createdAt,
  };
}
