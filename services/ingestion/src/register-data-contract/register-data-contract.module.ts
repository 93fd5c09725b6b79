import { Module } from '@nestjs/common';
import { DataContractStore } from '../database/data-contract.store';
import { RegisterDataContractController } from './register-data-contract.controller';
import { RegisterDataContractHandler } from './register-data-contract.handler';
import { ShippedContractsLoader } from './shipped-contracts.loader';

@Module({
  controllers: [RegisterDataContractController],
  providers: [DataContractStore, RegisterDataContractHandler, ShippedContractsLoader],
})
export class RegisterDataContractModule {}
