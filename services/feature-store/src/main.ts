import { bootstrapService, exitOnStartupFailure } from '@loopline/service-runtime';
import { AppModule } from './app.module';
import { loadFeatureStoreConfig, FEATURE_STORE_SERVICE_NAME } from './config/feature-store.config';

bootstrapService({
  serviceName: FEATURE_STORE_SERVICE_NAME,
  loadConfig: () => loadFeatureStoreConfig(),
  rootModule: (config) => AppModule.forRoot(config),
}).catch(exitOnStartupFailure);
