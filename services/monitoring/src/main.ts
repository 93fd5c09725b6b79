import { bootstrapService, exitOnStartupFailure } from '@loopline/service-runtime';
import { AppModule } from './app.module';
import { loadMonitoringConfig, MONITORING_SERVICE_NAME } from './config/monitoring.config';

bootstrapService({
  serviceName: MONITORING_SERVICE_NAME,
  loadConfig: () => loadMonitoringConfig(),
  rootModule: (config) => AppModule.forRoot(config),
}).catch(exitOnStartupFailure);
