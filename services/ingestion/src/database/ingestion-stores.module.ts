import { Module } from '@nestjs/common';
import { BatchStore } from './batch.store';
import { DataContractStore } from './data-contract.store';
import { DatasetVersionStore } from './dataset-version.store';

/** The stores over the service's tables, one instance each for every slice that imports them. */
@Module({
  providers: [BatchStore, DataContractStore, DatasetVersionStore],
  exports: [BatchStore, DataContractStore, DatasetVersionStore],
})
export class IngestionStoresModule {}
