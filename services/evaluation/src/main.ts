import { bootstrapService, exitOnStartupFailure } from '@loopline/service-runtime';
import { AppModule } from './app.module';
import { loadEvaluationConfig, EVALUATION_SERVICE_NAME } from './config/evaluation.config';

bootstrapService({
  serviceName: EVALUATION_SERVICE_NAME,
  loadConfig: () => loadEvaluationConfig(),
  rootModule: (config) => AppModule.forRoot(config),
}).catch(exitOnStartupFailure);
