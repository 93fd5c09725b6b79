import { Module } from '@nestjs/common';
import { PredictionLog } from './prediction-log';
import { PredictionLogMetrics } from './prediction-log.metrics';
import { PredictionLogEncoder } from './prediction-log.encoder';
import { PredictionLogWriter } from './prediction-log.writer';

/**
 * The prediction log of served predictions. Exports `PredictionLog` (inject it and call
 * `record`). Needs DEPLOYMENT_SETTINGS and the platform modules (artifacts, persistence,
 * messaging, observability); PREDICTION_LOG_SIGNATURES is optional.
 */
@Module({
  providers: [PredictionLog, PredictionLogWriter, PredictionLogMetrics, PredictionLogEncoder],
  exports: [PredictionLog],
})
export class PredictionLogModule {}
