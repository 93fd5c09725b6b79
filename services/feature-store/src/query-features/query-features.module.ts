import { Module } from '@nestjs/common';
import { FeatureStoreStoresModule } from '../database/feature-store-stores.module';
import { FeatureSetsController } from './feature-sets.controller';
import { FeatureViewsController } from './feature-views.controller';
import { OnlineFeaturesController } from './online-features.controller';

@Module({
  imports: [FeatureStoreStoresModule],
  controllers: [FeatureViewsController, FeatureSetsController, OnlineFeaturesController],
})
export class QueryFeaturesModule {}
