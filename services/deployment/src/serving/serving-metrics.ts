import { PlatformMetrics } from '@loopline/observability';
import { Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';

const LATENCY_BUCKETS_SECONDS = [
  0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
];
const BATCH_SIZE_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

/** Prometheus metrics of the prediction API, per model version and serving role. */
@Injectable()
export class ServingMetrics {
  readonly requests: Counter<'model' | 'version' | 'role'>;
  readonly errors: Counter<'model' | 'version' | 'role' | 'code'>;
  readonly latency: Histogram<'model' | 'version' | 'role'>;
  readonly batchSize: Histogram<'model' | 'version'>;

  constructor(platform: PlatformMetrics) {
    const registers = [platform.registry];
    this.requests = new Counter({
      name: 'loopline_predictions_total',
      help: 'Predicted instances, by model, version and serving role (champion, challenger, shadow).',
      labelNames: ['model', 'version', 'role'],
      registers,
    });
    this.errors = new Counter({
      name: 'loopline_prediction_errors_total',
      help: 'Prediction requests that failed after routing, by model, version, role and error code.',
      labelNames: ['model', 'version', 'role', 'code'],
      registers,
    });
    this.latency = new Histogram({
      name: 'loopline_prediction_latency_seconds',
      help: 'Time from a prediction request reaching the service to its answer.',
      labelNames: ['model', 'version', 'role'],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers,
    });
    this.batchSize = new Histogram({
      name: 'loopline_prediction_batch_rows',
      help: 'Rows per model call made by the micro-batcher.',
      labelNames: ['model', 'version'],
      buckets: BATCH_SIZE_BUCKETS,
      registers,
    });
  }
}
