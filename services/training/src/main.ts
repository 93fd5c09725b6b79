import { bootstrapService, exitOnStartupFailure } from '@loopline/service-runtime';
import { AppModule } from './app.module';
import { loadTrainingConfig, TRAINING_SERVICE_NAME } from './config/training.config';

bootstrapService({
  serviceName: TRAINING_SERVICE_NAME,
  loadConfig: () => loadTrainingConfig(),
  rootModule: (config) => AppModule.forRoot(config),
}).catch(exitOnStartupFailure);
