import { ErrorKind, PlatformError } from '@loopline/errors';
import { OutboxWriter } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataContractStore } from '../database/data-contract.store';
import {
  canonicalContractJson,
  type DataContract,
  dataContractSha256,
  parseDataContract,
} from '../domain/data-contract';

export interface ContractRegistration {
  dataset: string;
  version: number;
  sha256: string;
  /** False when exactly this contract version was registered before (nothing new happened). */
  created: boolean;
}

/**
 * Registers a data contract version: new versions are stored and announced with
 * DataContractRegistered (which the registry audits); registering the same content again is a
 * no-op; other content under an existing version is refused, because batches were validated
 * against what that version said.
 */
@Injectable()
export class RegisterDataContractHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: DataContractStore,
    private readonly outbox: OutboxWriter,
  ) {}

  async register(
    json: unknown,
    provenance: { source: string; registeredBy: string; correlationId?: string },
  ): Promise<ContractRegistration> {
    const contract = parseDataContract(json);
    const sha256 = dataContractSha256(contract);
    return this.dataSource.transaction(async (manager) => {
      const registeredAt = new Date();
      const created = await this.contracts.insert(manager, {
        contract,
        sha256,
        source: provenance.source,
        registeredBy: provenance.registeredBy,
        registeredAt,
      });
      if (!created) {
        const existing = await this.contracts.find(manager, contract.dataset, contract.version);
        if (existing?.sha256 !== sha256) throw changedVersion(contract, provenance.source);
        return { dataset: contract.dataset, version: contract.version, sha256, created: false };
      }
      await this.outbox.enqueue(
        manager,
        'DataContractRegistered',
        {
          datasetName: contract.dataset,
          contractVersion: String(contract.version),
          contractSha256: sha256,
          definition: canonicalContractJson(contract),
          source: provenance.source,
          registeredBy: provenance.registeredBy,
          registeredAt: registeredAt.getTime(),
        },
        { correlationId: provenance.correlationId },
      );
      return { dataset: contract.dataset, version: contract.version, sha256, created: true };
    });
  }
}

function changedVersion(contract: DataContract, source: string): PlatformError {
  return new PlatformError(
    'INGESTION.DATA_CONTRACT_VERSION_CHANGED',
    `Data contract ${contract.dataset} v${contract.version} is already registered with other content ` +
      `(from ${source}); a registered version never changes. Register the change as v${contract.version + 1}.`,
    { kind: ErrorKind.Conflict, details: { dataset: contract.dataset, version: contract.version } },
  );
}
