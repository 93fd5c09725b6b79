import { Controller, Get, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataContractStore } from '../database/data-contract.store';
import { dataContractNotFound } from './not-found';

/** Read side of data contracts: which datasets have one, their versions, one version. */
@Controller('data-contracts')
export class DataContractsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: DataContractStore,
  ) {}

  @Get()
  async list() {
    return { items: await this.contracts.datasets(this.dataSource.manager) };
  }

  @Get(':dataset')
  async versions(@Param('dataset') dataset: string) {
    const versions = await this.contracts.versions(this.dataSource.manager, dataset);
    if (versions.length === 0) throw dataContractNotFound(dataset);
    return {
      dataset,
      items: versions.map((each) => ({
        version: each.contract.version,
        sha256: each.sha256,
        source: each.source,
        registeredBy: each.registeredBy,
        registeredAt: each.registeredAt.toISOString(),
      })),
    };
  }

  @Get(':dataset/:version')
  async contract(@Param('dataset') dataset: string, @Param('version') version: string) {
    const number = Number(version);
    const found = /^\d+$/.test(version)
      ? await this.contracts.find(this.dataSource.manager, dataset, number)
      : null;
    if (found === null) throw dataContractNotFound(dataset, version);
    return found.contract;
  }
}
