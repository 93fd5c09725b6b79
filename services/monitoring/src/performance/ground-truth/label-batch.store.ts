import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LabelBatchRow } from '../database/label-batch.row';
import type { LabelBatch, LabelLoadSummary } from './label-batch';

/** The labels files received, and what loading each did. */
@Injectable()
export class LabelBatchStore {
  /** Records a new batch; false when the batch id was seen before (a resubmission is a no-op). */
  async add(manager: EntityManager, batch: LabelBatch): Promise<boolean> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(LabelBatchRow)
      .values({
        batchId: batch.batchId,
        datasetName: batch.datasetName,
        modelName: batch.modelName,
        labelsUri: batch.labels.uri,
        labelsSha256: batch.labels.sha256,
        labelsSizeBytes: batch.labels.sizeBytes,
        format: batch.format,
        joinKey: batch.joinKey,
        labelColumn: batch.labelColumn,
        claimedRowCount: batch.claimedRowCount,
        status: 'loading',
      })
      .orIgnore()
      .returning(['batchId'])
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  async find(manager: EntityManager, batchId: string): Promise<LabelBatch | null> {
    const row = await manager.findOneBy(LabelBatchRow, { batchId });
    if (row === null) return null;
    return {
      batchId: row.batchId,
      datasetName: row.datasetName,
      modelName: row.modelName,
      labels: {
        uri: row.labelsUri,
        sha256: row.labelsSha256,
        sizeBytes: row.labelsSizeBytes,
        mediaType: '',
      },
      format: row.format as LabelBatch['format'],
      joinKey: row.joinKey,
      labelColumn: row.labelColumn,
      claimedRowCount: row.claimedRowCount,
    };
  }

  async loaded(manager: EntityManager, batchId: string, summary: LabelLoadSummary): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(LabelBatchRow)
      .set({
        status: 'loaded',
        rowCount: summary.rows,
        joinedCount: summary.joined,
        pendingCount: summary.pending,
        rejectedCount: summary.rejected,
        duplicateCount: summary.duplicates,
        rejections: summary.rejections,
        // Late joins may have added models already; keep them.
        joinedModels: () =>
          'ARRAY(SELECT DISTINCT unnest(joined_models || CAST(:models AS text[])))',
        finishedAt: new Date(),
      })
      .setParameter('models', summary.models)
      .where('batch_id = :batchId', { batchId })
      .execute();
  }

  async failed(manager: EntityManager, batchId: string, error: string): Promise<void> {
    await manager.update(LabelBatchRow, batchId, {
      status: 'failed',
      error,
      finishedAt: new Date(),
    });
  }
}
