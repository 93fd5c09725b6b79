import type { ConsumedEvent } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatasetVersionRow } from '../database/dataset-version.row';
import { FeatureSetRow } from '../database/feature-set.row';

/**
 * Records the data side of lineage: dataset versions (with the batches they hold) and the
 * feature sets materialized from them. Both are immutable facts, so a second copy is ignored.
 */
@Injectable()
export class LineageProjector {
  async datasetVersionCreated(
    manager: EntityManager,
    { payload }: ConsumedEvent<'DatasetVersionCreated'>,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DatasetVersionRow)
      .values({
        datasetVersionId: payload.datasetVersionId,
        datasetName: payload.datasetName,
        version: payload.version,
        contentSha256: payload.contentSha256,
        sourceBatchIds: payload.sourceBatchIds,
        rowCount: payload.rowCount,
        createdAt: new Date(payload.createdAt),
      })
      .orIgnore()
      .execute();
  }

  async featureSetMaterialized(
    manager: EntityManager,
    { payload }: ConsumedEvent<'FeatureSetMaterialized'>,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(FeatureSetRow)
      .values({
        featureSetId: payload.featureSetId,
        featureViewName: payload.featureViewName,
        featureViewVersion: payload.featureViewVersion,
        datasetName: payload.datasetName,
        datasetVersionId: payload.datasetVersionId,
        rowCount: payload.rowCount,
        materializedAt: new Date(payload.materializedAt),
      })
      .orIgnore()
      .execute();
  }
}
