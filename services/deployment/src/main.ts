import { bootstrapService, exitOnStartupFailure } from '@loopline/service-runtime';
import { AppModule } from './app.module';
import { loadDeploymentConfig, DEPLOYMENT_SERVICE_NAME } from './config/deployment.config';

bootstrapService({
  serviceName: DEPLOYMENT_SERVICE_NAME,
  loadConfig: () => loadDeploymentConfig(),
  rootModule: (config) => AppModule.forRoot(config),
  // The prediction API's hot path: Fastify under Nest answered 1.5–3.2x Express's requests/s
  // in bench/serving/adapters.mjs.
  httpAdapter: 'fastify',
}).catch(exitOnStartupFailure);
