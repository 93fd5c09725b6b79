import { bootstrapService, exitOnStartupFailure } from '@loopline/service-runtime';
import { AppModule } from './app.module';
import { loadIngestionConfig, INGESTION_SERVICE_NAME } from './config/ingestion.config';

bootstrapService({
  serviceName: INGESTION_SERVICE_NAME,
  loadConfig: () => loadIngestionConfig(),
  rootModule: (config) => AppModule.forRoot(config),
  // Batch uploads are streamed to disk by their controller, whatever their Content-Type.
  streamedBodyPaths: /^\/datasets\/[^/]+\/batches(\?|$)/,
}).catch(exitOnStartupFailure);
