// Generated from schemas/MonitoringWindowSummarized.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';

/**
 * Monitoring closed a window for a serving model and summarized traffic, performance and drift, whether or not anything was wrong.
 *
 * Topic `loopline.model-monitoring`, keyed by `modelName`.
 */
export interface MonitoringWindowSummarized {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier of the monitoring window. */
  windowId: string;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Training run of the monitored model; null when unknown. */
  trainingRunId: string | null;
  /** Start of the window (epoch milliseconds, UTC, inclusive). */
  windowStart: number;
  /** End of the window (epoch milliseconds, UTC, exclusive). */
  windowEnd: number;
  /** Number of predictions served in the window. */
  predictionCount: number;
  /** Number of those predictions that had ground truth. */
  labeledCount: number;
  /** Performance metrics on the labelled predictions, e.g. auc, accuracy; empty without labels. */
  performanceMetrics: Record<string, number>;
  /** Serving metrics, e.g. p95_latency_ms, error_rate. */
  servingMetrics: Record<string, number>;
  /** Drift statistic per monitored feature. */
  driftScores: Record<string, number>;
  /** Names of the features that counted as drifted. */
  driftedFeatures: string[];
  /** Full window report (JSON); null when not written. */
  report: ArtifactRef | null;
  /** When the window was summarized (epoch milliseconds, UTC). */
  summarizedAt: number;
}

/** The Avro schema of {@link MonitoringWindowSummarized}, exactly as in schemas/MonitoringWindowSummarized.avsc. */
export const MonitoringWindowSummarizedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'MonitoringWindowSummarized',
  namespace: 'io.loopline.events',
  doc: 'Monitoring closed a window for a serving model and summarized traffic, performance and drift, whether or not anything was wrong.',
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
    { name: 'predictionCount', type: 'long', doc: 'Number of predictions served in the window.' },
    {
      name: 'labeledCount',
      type: 'long',
      doc: 'Number of those predictions that had ground truth.',
    },
    {
      name: 'performanceMetrics',
      type: { type: 'map', values: 'double' },
      doc: 'Performance metrics on the labelled predictions, e.g. auc, accuracy; empty without labels.',
    },
    {
      name: 'servingMetrics',
      type: { type: 'map', values: 'double' },
      doc: 'Serving metrics, e.g. p95_latency_ms, error_rate.',
    },
    {
      name: 'driftScores',
      type: { type: 'map', values: 'double' },
      doc: 'Drift statistic per monitored feature.',
    },
    {
      name: 'driftedFeatures',
      type: { type: 'array', items: 'string' },
      doc: 'Names of the features that counted as drifted.',
    },
    {
      name: 'report',
      type: [
        'null',
        {
          type: 'record',
          name: 'ArtifactRef',
          doc: 'A content-addressed object in the object store. Large payloads travel as a reference, never inline; consumers verify the sha256 when they load the object.',
          fields: [
            {
              name: 'uri',
              type: 'string',
              doc: 'Object-store URI of the object, e.g. s3://loopline-datasets/flights/sha256/ab12.../data.parquet.',
            },
            {
              name: 'sha256',
              type: 'string',
              doc: 'Lower-case hex SHA-256 of the object bytes; the object is rejected on load if it does not match.',
            },
            { name: 'sizeBytes', type: 'long', doc: 'Size of the object in bytes.' },
            {
              name: 'mediaType',
              type: 'string',
              doc: 'IANA media type of the object, e.g. application/vnd.apache.parquet or application/json.',
            },
          ],
        },
      ],
      default: null,
      doc: 'Full window report (JSON); null when not written.',
    },
    {
      name: 'summarizedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the window was summarized (epoch milliseconds, UTC).',
    },
  ],
};
