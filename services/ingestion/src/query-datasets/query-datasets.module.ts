import { Module } from '@nestjs/common';
import { AcceptBatchModule } from '../accept-batch/accept-batch.module';
import { DataContractsController } from './data-contracts.controller';
import { DatasetsController } from './datasets.controller';
import { VersionRowsReader } from './version-rows.reader';

@Module({
  imports: [AcceptBatchModule],
  controllers: [DatasetsController, DataContractsController],
  providers: [VersionRowsReader],
})
export class QueryDatasetsModule {}
