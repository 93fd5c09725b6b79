import { bootstrapService, exitOnStartupFailure } from '@loopline/service-runtime';
import { AppModule } from './app.module';
import { loadRegistryConfig, REGISTRY_SERVICE_NAME } from './config/registry.config';

bootstrapService({
  serviceName: REGISTRY_SERVICE_NAME,
  loadConfig: () => loadRegistryConfig(),
  rootModule: (config) => AppModule.forRoot(config),
}).catch(exitOnStartupFailure);
