import type { OnlineEntityValues } from '@loopline/features';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OnlineFeatureRow } from './online-feature.row';

export interface OnlineFeatureValues {
  viewName: string;
  viewVersion: number;
  entity: string;
  values: Record<string, number | null>;
  asOf: Date;
  featureSetId: string;
  updatedAt: Date;
}

/** The latest per-entity values; a newer materialization of a view version replaces them. */
@Injectable()
export class OnlineFeatureStore {
  async replace(
    manager: EntityManager,
    view: { name: string; version: number },
    featureSetId: string,
    asOf: Date,
    entities: readonly OnlineEntityValues[],
  ): Promise<void> {
    const updatedAt = new Date();
    const rows = entities.map((each) => ({
      viewName: view.name,
      viewVersion: view.version,
      entity: each.entity,
      values: each.values,
      asOf,
      featureSetId,
      updatedAt,
    }));
    // Chunked: one statement per few hundred entities stays well under Postgres' parameter cap.
    for (let start = 0; start < rows.length; start += 500) {
      await manager.upsert(OnlineFeatureRow, rows.slice(start, start + 500), [
        'viewName',
        'viewVersion',
        'entity',
      ]);
    }
  }

  /** The values of one entity for a view version, or for the newest version that has any. */
  async find(
    manager: EntityManager,
    viewName: string,
    entity: string,
    viewVersion?: number,
  ): Promise<OnlineFeatureValues | null> {
    return manager.findOne(OnlineFeatureRow, {
      where: { viewName, entity, ...(viewVersion === undefined ? {} : { viewVersion }) },
      order: { viewVersion: 'DESC' },
    });
  }
}
