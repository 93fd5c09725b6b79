import { Module } from '@nestjs/common';
import { IngestionStoresModule } from '../database/ingestion-stores.module';
import { RegisterDataContractController } from './register-data-contract.controller';
import { RegisterDataContractHandler } from './register-data-contract.handler';
import { ShippedContractsLoader } from './shipped-contracts.loader';

@Module({
  imports: [IngestionStoresModule],
  controllers: [RegisterDataContractController],
  providers: [RegisterDataContractHandler, ShippedContractsLoader],
})
export class RegisterDataContractModule {}
