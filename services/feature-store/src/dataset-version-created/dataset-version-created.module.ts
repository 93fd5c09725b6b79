import { Module } from '@nestjs/common';
import { FeatureStoreStoresModule } from '../database/feature-store-stores.module';
import { MaterializeFeatureSetModule } from '../materialize-feature-set/materialize-feature-set.module';
import { DatasetVersionCreatedConsumer } from './dataset-version-created.consumer';

@Module({
  imports: [FeatureStoreStoresModule, MaterializeFeatureSetModule],
  controllers: [DatasetVersionCreatedConsumer],
})
export class DatasetVersionCreatedModule {}
