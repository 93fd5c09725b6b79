import { bootstrapService, exitOnStartupFailure } from '@loopline/service-runtime';
import { AppModule } from './app.module';
import { loadDeploymentConfig, DEPLOYMENT_SERVICE_NAME } from './config/deployment.config';

bootstrapService({
  serviceName: DEPLOYMENT_SERVICE_NAME,
  loadConfig: () => loadDeploymentConfig(),
  rootModule: (config) => AppModule.forRoot(config),
}).catch(exitOnStartupFailure);
