import { parseDataProfile } from '@loopline/stats';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DatasetVersion } from '../domain/dataset-version';
import type { Page } from './batch.store';
import { DatasetVersionRow } from './dataset-version.row';

/** Reads and writes dataset versions; the only code that sees their rows. */
@Injectable()
export class DatasetVersionStore {
  async insert(manager: EntityManager, version: DatasetVersion): Promise<void> {
    await manager.insert(DatasetVersionRow, { ...version });
  }

  /** The newest version of a dataset, if it has any. */
  async head(manager: EntityManager, dataset: string): Promise<DatasetVersion | null> {
    const row = await manager.findOne(DatasetVersionRow, {
      where: { dataset },
      order: { version: 'DESC' },
    });
    return row === null ? null : toDatasetVersion(row);
  }

  async find(
    manager: EntityManager,
    dataset: string,
    version: number,
  ): Promise<DatasetVersion | null> {
    const row = await manager.findOneBy(DatasetVersionRow, { dataset, version });
    return row === null ? null : toDatasetVersion(row);
  }

  async findById(manager: EntityManager, id: string): Promise<DatasetVersion | null> {
    const row = await manager.findOneBy(DatasetVersionRow, { id });
    return row === null ? null : toDatasetVersion(row);
  }

  async list(manager: EntityManager, dataset: string, page: Page): Promise<DatasetVersion[]> {
    const rows = await manager.find(DatasetVersionRow, {
      where: { dataset },
      order: { version: 'DESC' },
      take: page.limit,
      skip: page.offset,
    });
    return rows.map(toDatasetVersion);
  }
}

function toDatasetVersion(row: DatasetVersionRow): DatasetVersion {
  return {
    id: row.id,
    dataset: row.dataset,
    version: row.version,
    parentId: row.parentId,
    batchId: row.batchId,
    contractVersion: row.contractVersion,
    rowCount: row.rowCount,
    contentSha256: row.contentSha256,
    manifest: row.manifest as DatasetVersion['manifest'],
    manifestUri: row.manifestUri,
    profile: parseDataProfile(row.profile),
    profileUri: row.profileUri,
    warnings: row.warnings as DatasetVersion['warnings'],
    createdAt: row.createdAt,
  };
}
