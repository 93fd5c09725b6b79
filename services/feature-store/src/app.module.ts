import { DynamicModule, Module } from '@nestjs/common';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { FeatureStoreConfig, FEATURE_STORE_SERVICE_NAME } from './config/feature-store.config';
import { FEATURE_STORE_ENTITIES } from './database/entities';
import { FEATURE_STORE_MIGRATIONS } from './database/migrations';

const FEATURE_STORE_SERVICE: ServiceIdentity = {
  name: FEATURE_STORE_SERVICE_NAME,
  entities: FEATURE_STORE_ENTITIES,
  migrations: FEATURE_STORE_MIGRATIONS,
};

/** Root module of the feature store service, which turns dataset versions into versioned features. */
@Module({})
export class AppModule {
  static forRoot(config: FeatureStoreConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, FEATURE_STORE_SERVICE),
        // Use-case slices follow here.
      ],
    };
  }
}
