import { PlatformMetrics } from '@loopline/observability';
import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';

/** The prediction log's counters, on the service's own registry (served at /metrics). */
@Injectable()
export class PredictionLogMetrics {
  readonly loggedRows: Counter;
  readonly droppedRows: Counter;
  readonly batchesWritten: Counter;
  readonly writeFailures: Counter;

  constructor(metrics: PlatformMetrics) {
    const registers = [metrics.registry];
    this.loggedRows = new Counter({
      name: 'loopline_prediction_log_rows_total',
      help: 'Predictions written to prediction log files.',
      registers,
    });
    this.droppedRows = new Counter({
      name: 'loopline_prediction_log_dropped_rows_total',
      help: 'Predictions not logged because the buffer was full (object store slow or down) or their file could not be written.',
      registers,
    });
    this.batchesWritten = new Counter({
      name: 'loopline_prediction_log_batches_total',
      help: 'Prediction log files written and announced (PredictionsLogged).',
      registers,
    });
    this.writeFailures = new Counter({
      name: 'loopline_prediction_log_write_failures_total',
      help: 'Failed attempts to write a prediction log batch; its rows are kept and retried.',
      registers,
    });
  }
}
