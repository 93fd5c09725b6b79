// Generated from schemas/PerformanceDegraded.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * Monitoring found that a serving model's live performance, measured on predictions joined with ground truth, fell below its baseline by more than allowed.
 *
 * Topic `loopline.model-monitoring`, keyed by `modelName`.
 */
export interface PerformanceDegraded {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier of the monitoring window. */
  windowId: string;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Training run of the monitored model; null when unknown. */
  trainingRunId: string | null;
  /** Metric that degraded, e.g. auc, accuracy, rmse. */
  metric: string;
  /** Value of the metric in the window. */
  observed: number;
  /** Reference value of the metric (the model's test metric at release). */
  baseline: number;
  /** Largest allowed degradation from the baseline. */
  threshold: number;
  /** Number of predictions in the window that had ground truth. */
  labeledSampleSize: number;
  /** Start of the window (epoch milliseconds, UTC, inclusive). */
  windowStart: number;
  /** End of the window (epoch milliseconds, UTC, exclusive). */
  windowEnd: number;
  /** All performance metrics computed for the window. */
  metrics: Record<string, number>;
  /** When the degradation was detected (epoch milliseconds, UTC). */
  detectedAt: number;
}

/** The Avro schema of {@link PerformanceDegraded}, exactly as in schemas/PerformanceDegraded.avsc. */
export const PerformanceDegradedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'PerformanceDegraded',
  namespace: 'io.loopline.events',
  doc: "Monitoring found that a serving model's live performance, measured on predictions joined with ground truth, fell below its baseline by more than allowed.",
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'windowId', type: 'string', doc: 'Identifier of the monitoring window.' },
    {
      name: 'modelVersion',
      type: ['null', 'int'],
      default: null,
      doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
    },
    {
      name: 'trainingRunId',
      type: ['null', 'string'],
      default: null,
      doc: 'Training run of the monitored model; null when unknown.',
    },
    { name: 'metric', type: 'string', doc: 'Metric that degraded, e.g. auc, accuracy, rmse.' },
    { name: 'observed', type: 'double', doc: 'Value of the metric in the window.' },
    {
      name: 'baseline',
      type: 'double',
      doc: "Reference value of the metric (the model's test metric at release).",
    },
    { name: 'threshold', type: 'double', doc: 'Largest allowed degradation from the baseline.' },
    {
      name: 'labeledSampleSize',
      type: 'long',
      doc: 'Number of predictions in the window that had ground truth.',
    },
    {
      name: 'windowStart',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'Start of the window (epoch milliseconds, UTC, inclusive).',
    },
    {
      name: 'windowEnd',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'End of the window (epoch milliseconds, UTC, exclusive).',
    },
    {
      name: 'metrics',
      type: { type: 'map', values: 'double' },
      doc: 'All performance metrics computed for the window.',
    },
    {
      name: 'detectedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the degradation was detected (epoch milliseconds, UTC).',
    },
  ],
};
