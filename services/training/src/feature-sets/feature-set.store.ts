import type { FeatureSetMaterialized } from '@loopline/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FeatureSetRow } from './feature-set.row';

/** The training service's projection of materialized feature sets. */
@Injectable()
export class FeatureSetStore {
  /** Records a feature set; a redelivered event changes nothing. */
  async record(manager: EntityManager, event: FeatureSetMaterialized): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(FeatureSetRow)
      .values({
        id: event.featureSetId,
        viewName: event.featureViewName,
        viewVersion: event.featureViewVersion,
        materializedAt: new Date(event.materializedAt),
        materialized: event,
      })
      .orIgnore()
      .execute();
  }

  async find(manager: EntityManager, id: string): Promise<FeatureSetMaterialized | null> {
    const row = await manager.findOneBy(FeatureSetRow, { id });
    return row?.materialized ?? null;
  }

  /** The newest feature set of a view (of one version, or of the newest version materialized). */
  async newest(
    manager: EntityManager,
    viewName: string,
    viewVersion: number | null,
  ): Promise<FeatureSetMaterialized | null> {
    const row = await manager.findOne(FeatureSetRow, {
      where: viewVersion === null ? { viewName } : { viewName, viewVersion },
      order: { viewVersion: 'DESC', materializedAt: 'DESC' },
    });
    return row?.materialized ?? null;
  }
}
