import { parseDataProfile } from '@loopline/stats';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BatchRecord, BatchSubmission } from '../domain/batch';
import { BatchRow } from './batch.row';

export interface Page {
  limit: number;
  offset: number;
}

/** Reads and writes batches; the only code that sees their rows. */
@Injectable()
export class BatchStore {
  async insertPending(
    manager: EntityManager,
    submission: BatchSubmission & { contractVersion: number },
    duplicateOf: string | null,
  ): Promise<void> {
    await manager.insert(BatchRow, {
      batchId: submission.batchId,
      dataset: submission.dataset,
      contentSha256: submission.raw.sha256,
      contractVersion: submission.contractVersion,
      format: submission.format,
      rawUri: submission.raw.uri,
      rawSizeBytes: submission.raw.sizeBytes,
      mediaType: submission.raw.mediaType,
      intake: submission.intake,
      source: submission.source,
      claimedRowCount: submission.claimedRowCount,
      submittedAt: submission.submittedAt,
      status: duplicateOf === null ? 'pending' : 'duplicate',
      duplicateOf,
      violations: [],
    });
  }

  async find(manager: EntityManager, batchId: string): Promise<BatchRecord | null> {
    const row = await manager.findOneBy(BatchRow, { batchId });
    return row === null ? null : toBatchRecord(row);
  }

  /** The batch that first brought these bytes under this contract version, if any. */
  async findOriginal(
    manager: EntityManager,
    dataset: string,
    contentSha256: string,
    contractVersion: number,
  ): Promise<BatchRecord | null> {
    const row = await manager
      .createQueryBuilder(BatchRow, 'b')
      .where('b.dataset = :dataset AND b.content_sha256 = :contentSha256', {
        dataset,
        contentSha256,
      })
      .andWhere('b.contract_version = :contractVersion AND b.duplicate_of IS NULL', {
        contractVersion,
      })
      .getOne();
    return row === null ? null : toBatchRecord(row);
  }

  async list(manager: EntityManager, dataset: string, page: Page): Promise<BatchRecord[]> {
    const rows = await manager.find(BatchRow, {
      where: { dataset },
      order: { submittedAt: 'DESC', batchId: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return rows.map(toBatchRecord);
  }

  async markVersioned(
    manager: EntityManager,
    batchId: string,
    outcome: { datasetVersionId: string; rowCount: number; profile: unknown; warnings: unknown[] },
  ): Promise<void> {
    await manager.update(BatchRow, batchId, {
      status: 'versioned',
      datasetVersionId: outcome.datasetVersionId,
      rowCount: outcome.rowCount,
      profile: outcome.profile as object,
      violations: outcome.warnings as object[],
      finishedAt: new Date(),
    });
  }

  async markRejected(
    manager: EntityManager,
    batchId: string,
    outcome: { reason: string; violations: unknown[]; rowCount: number | null },
  ): Promise<void> {
    await manager.update(BatchRow, batchId, {
      status: 'rejected',
      rejectionReason: outcome.reason,
      violations: outcome.violations as object[],
      rowCount: outcome.rowCount,
      finishedAt: new Date(),
    });
  }
}

function toBatchRecord(row: BatchRow): BatchRecord {
  return {
    batchId: row.batchId,
    dataset: row.dataset,
    contentSha256: row.contentSha256,
    contractVersion: row.contractVersion,
    format: row.format,
    raw: {
      uri: row.rawUri,
      sha256: row.contentSha256,
      sizeBytes: row.rawSizeBytes,
      mediaType: row.mediaType,
    },
    intake: row.intake,
    source: row.source,
    claimedRowCount: row.claimedRowCount,
    submittedAt: row.submittedAt,
    status: row.status as BatchRecord['status'],
    duplicateOf: row.duplicateOf,
    datasetVersionId: row.datasetVersionId,
    rejectionReason: row.rejectionReason,
    violations: row.violations as BatchRecord['violations'],
    rowCount: row.rowCount,
    profile: row.profile === null ? null : parseDataProfile(row.profile),
    finishedAt: row.finishedAt,
  };
}
