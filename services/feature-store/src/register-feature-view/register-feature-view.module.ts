import { Module } from '@nestjs/common';
import { FeatureStoreStoresModule } from '../database/feature-store-stores.module';
import { MaterializeFeatureSetModule } from '../materialize-feature-set/materialize-feature-set.module';
import { RegisterFeatureViewController } from './register-feature-view.controller';
import { RegisterFeatureViewHandler } from './register-feature-view.handler';
import { ShippedFeatureViewsLoader } from './shipped-feature-views.loader';

@Module({
  imports: [FeatureStoreStoresModule, MaterializeFeatureSetModule],
  controllers: [RegisterFeatureViewController],
  providers: [RegisterFeatureViewHandler, ShippedFeatureViewsLoader],
  exports: [RegisterFeatureViewHandler],
})
export class RegisterFeatureViewModule {}
