import { Module } from '@nestjs/common';
import { FeatureStoreStoresModule } from '../database/feature-store-stores.module';
import { DatasetPartsFetcher } from './dataset-parts.fetcher';
import { FeatureSetFilesUploader } from './feature-set-files.uploader';
import { MaterializationOutcomePublisher } from './materialization-outcome.publisher';
import { MaterializationRequester } from './materialization.requester';
import { MaterializeFeatureSetController } from './materialize-feature-set.controller';
import { MaterializeFeatureSetJob } from './materialize-feature-set.job';

@Module({
  imports: [FeatureStoreStoresModule],
  controllers: [MaterializeFeatureSetController],
  providers: [
    DatasetPartsFetcher,
    FeatureSetFilesUploader,
    MaterializationOutcomePublisher,
    MaterializationRequester,
    MaterializeFeatureSetJob,
  ],
  exports: [MaterializationRequester],
})
export class MaterializeFeatureSetModule {}
