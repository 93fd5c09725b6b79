import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataContract, parseDataContract } from '../domain/data-contract';
import { DataContractRow } from './data-contract.row';

/** A registered contract version with how it got here. */
export interface RegisteredContract {
  contract: DataContract;
  sha256: string;
  source: string;
  registeredBy: string;
  registeredAt: Date;
}

/** Reads and writes data contract versions; the only code that sees their rows. */
@Injectable()
export class DataContractStore {
  /** Inserts unless that version exists; says whether it did. */
  async insert(manager: EntityManager, registered: RegisteredContract): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(DataContractRow)
      .values({
        dataset: registered.contract.dataset,
        version: registered.contract.version,
        sha256: registered.sha256,
        definition: () => 'CAST(:definition AS jsonb)',
        source: registered.source,
        registeredBy: registered.registeredBy,
        registeredAt: registered.registeredAt,
      })
      .setParameter('definition', JSON.stringify(registered.contract))
      .orIgnore()
      .returning(['dataset'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** A given version, or the newest when `version` is null. */
  async find(
    manager: EntityManager,
    dataset: string,
    version: number | null,
  ): Promise<RegisteredContract | null> {
    const row =
      version === null
        ? await manager.findOne(DataContractRow, { where: { dataset }, order: { version: 'DESC' } })
        : await manager.findOneBy(DataContractRow, { dataset, version });
    return row === null ? null : toRegistered(row);
  }

  async versions(manager: EntityManager, dataset: string): Promise<RegisteredContract[]> {
    const rows = await manager.find(DataContractRow, {
      where: { dataset },
      order: { version: 'ASC' },
    });
    return rows.map(toRegistered);
  }

  async datasets(manager: EntityManager): Promise<{ dataset: string; latestVersion: number }[]> {
    const rows = await manager
      .createQueryBuilder(DataContractRow, 'c')
      .select('c.dataset', 'dataset')
      .addSelect('max(c.version)', 'latestVersion')
      .groupBy('c.dataset')
      .orderBy('c.dataset')
      .getRawMany<{ dataset: string; latestVersion: number }>();
    return rows.map((row) => ({ dataset: row.dataset, latestVersion: Number(row.latestVersion) }));
  }
}

function toRegistered(row: DataContractRow): RegisteredContract {
  return {
    // Stored contracts were valid when registered; parsing again restores defaults and types.
    contract: parseDataContract(row.definition),
    sha256: row.sha256,
    source: row.source,
    registeredBy: row.registeredBy,
    registeredAt: row.registeredAt,
  };
}
