import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsModule } from '@loopline/jobs';
import { platformModules, ServiceIdentity } from '@loopline/service-runtime';
import { FeatureStoreConfig, FEATURE_STORE_SERVICE_NAME } from './config/feature-store.config';
import { FEATURE_STORE_SETTINGS, featureStoreSettings } from './config/feature-store.settings';
import { FEATURE_STORE_ENTITIES } from './database/entities';
import { FEATURE_STORE_MIGRATIONS } from './database/migrations';
import { DatasetVersionCreatedModule } from './dataset-version-created/dataset-version-created.module';
import { MaterializeFeatureSetModule } from './materialize-feature-set/materialize-feature-set.module';
import { QueryFeaturesModule } from './query-features/query-features.module';
import { RegisterFeatureViewModule } from './register-feature-view/register-feature-view.module';

const FEATURE_STORE_SERVICE: ServiceIdentity = {
  name: FEATURE_STORE_SERVICE_NAME,
  entities: FEATURE_STORE_ENTITIES,
  migrations: FEATURE_STORE_MIGRATIONS,
};

@Global()
@Module({})
class FeatureStoreSettingsModule {
  static forRoot(config: FeatureStoreConfig): DynamicModule {
    const provider = { provide: FEATURE_STORE_SETTINGS, useValue: featureStoreSettings(config) };
    return { module: FeatureStoreSettingsModule, providers: [provider], exports: [provider] };
  }
}

/** Root module of the feature store service, which turns dataset versions into versioned features. */
@Module({})
export class AppModule {
  static forRoot(config: FeatureStoreConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, FEATURE_STORE_SERVICE),
        FeatureStoreSettingsModule.forRoot(config),
        // One materialization at a time per replica: each already uses the engine's threads.
        JobsModule.forRoot({ concurrency: 1, leaseMs: config.FEATURE_STORE_JOB_LEASE_MS }),
        RegisterFeatureViewModule,
        MaterializeFeatureSetModule,
        DatasetVersionCreatedModule,
        QueryFeaturesModule,
      ],
    };
  }
}
