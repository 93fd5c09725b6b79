import type { FeatureViewDefinition } from '@loopline/features';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FeatureViewVersion } from '../domain/feature-view-version';
import { FeatureViewVersionRow } from './feature-view-version.row';

/** Reads and writes feature view versions; the only code that sees their rows. */
@Injectable()
export class FeatureViewStore {
  /**
   * Serialises registrations of one view name for the rest of the transaction, so two
   * concurrent registrations cannot both take the same next version number.
   */
  async lockName(manager: EntityManager, name: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`feature-view:${name}`]);
  }

  async insert(manager: EntityManager, version: FeatureViewVersion): Promise<void> {
    await manager.insert(FeatureViewVersionRow, {
      ...version,
      sourceDataset: version.definition.source.dataset,
    });
  }

  async latest(manager: EntityManager, name: string): Promise<FeatureViewVersion | null> {
    const row = await manager.findOne(FeatureViewVersionRow, {
      where: { name },
      order: { version: 'DESC' },
    });
    return row === null ? null : toVersion(row);
  }

  async find(
    manager: EntityManager,
    name: string,
    version: number,
  ): Promise<FeatureViewVersion | null> {
    const row = await manager.findOneBy(FeatureViewVersionRow, { name, version });
    return row === null ? null : toVersion(row);
  }

  async versions(manager: EntityManager, name: string): Promise<FeatureViewVersion[]> {
    const rows = await manager.find(FeatureViewVersionRow, {
      where: { name },
      order: { version: 'DESC' },
    });
    return rows.map(toVersion);
  }

  /** The newest version of every view, by name. */
  async latestOfEach(manager: EntityManager): Promise<FeatureViewVersion[]> {
    const rows = await manager
      .createQueryBuilder(FeatureViewVersionRow, 'v')
      .distinctOn(['v.name'])
      .orderBy('v.name')
      .addOrderBy('v.version', 'DESC')
      .getMany();
    return rows.map(toVersion);
  }

  /** The newest version of every view that reads `dataset`: what a new dataset version feeds. */
  async latestSubscribedTo(manager: EntityManager, dataset: string): Promise<FeatureViewVersion[]> {
    const latest = await this.latestOfEach(manager);
    return latest.filter((view) => view.definition.source.dataset === dataset);
  }
}

function toVersion(row: FeatureViewVersionRow): FeatureViewVersion {
  return {
    name: row.name,
    version: row.version,
    sha256: row.sha256,
    definition: row.definition as FeatureViewDefinition,
    definitionUri: row.definitionUri,
    source: row.source,
    registeredBy: row.registeredBy,
    registeredAt: row.registeredAt,
  };
}
