// Generated from schemas/PredictionsLogged.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { DataFormat } from './types/data-format';
import type { ServingRole } from './types/serving-role';

/**
 * A batch of served predictions (inputs, outputs, ids) was written to the object store for monitoring and later joining with ground truth.
 *
 * Topic `loopline.predictions`, keyed by `modelName`.
 */
export interface PredictionsLogged {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier (UUID) of the prediction log batch. */
  logBatchId: string;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Training run of the model that served. */
  trainingRunId: string;
  /** Serving endpoint that produced the predictions. */
  endpointName: string;
  /** Role of the serving model version. */
  role: ServingRole;
  /** Rollout in progress when the predictions were served, if any. */
  rolloutId: string | null;
  /** Prediction log rows (prediction id, request time, input features, output) in the object store. */
  predictions: ArtifactRef;
  /** File format of the prediction log. */
  format: DataFormat;
  /** Number of predictions in the batch. */
  rowCount: number;
  /** Request time of the first prediction (epoch milliseconds, UTC). */
  windowStart: number;
  /** Request time of the last prediction (epoch milliseconds, UTC). */
  windowEnd: number;
  /** Summary of model outputs, e.g. mean_score, positive_rate. */
  outputStats: Record<string, number>;
  /** Serving metrics over the batch, e.g. p50_latency_ms, p95_latency_ms, error_rate. */
  servingMetrics: Record<string, number>;
  /** When the batch was written (epoch milliseconds, UTC). */
  loggedAt: number;
}

/** The Avro schema of {@link PredictionsLogged}, exactly as in schemas/PredictionsLogged.avsc. */
export const PredictionsLoggedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'PredictionsLogged',
  namespace: 'io.loopline.events',
  doc: 'A batch of served predictions (inputs, outputs, ids) was written to the object store for monitoring and later joining with ground truth.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'logBatchId', type: 'string', doc: 'Identifier (UUID) of the prediction log batch.' },
    {
      name: 'modelVersion',
      type: ['null', 'int'],
      default: null,
      doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
    },
    { name: 'trainingRunId', type: 'string', doc: 'Training run of the model that served.' },
    {
      name: 'endpointName',
      type: 'string',
      doc: 'Serving endpoint that produced the predictions.',
    },
    {
      name: 'role',
      type: {
        type: 'enum',
        name: 'ServingRole',
        doc: 'Role of the model version that produced predictions: champion answers traffic, challenger answers a canary share, shadow is mirrored and never answers.',
        symbols: ['champion', 'challenger', 'shadow', 'unknown'],
        default: 'unknown',
      },
      doc: 'Role of the serving model version.',
    },
    {
      name: 'rolloutId',
      type: ['null', 'string'],
      default: null,
      doc: 'Rollout in progress when the predictions were served, if any.',
    },
    {
      name: 'predictions',
      type: {
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
      doc: 'Prediction log rows (prediction id, request time, input features, output) in the object store.',
    },
    {
      name: 'format',
      type: {
        type: 'enum',
        name: 'DataFormat',
        doc: 'File format of a tabular data object. Readers that meet a format they do not know see unknown.',
        symbols: ['parquet', 'csv', 'json', 'ndjson', 'arrow', 'unknown'],
        default: 'unknown',
      },
      doc: 'File format of the prediction log.',
    },
    { name: 'rowCount', type: 'long', doc: 'Number of predictions in the batch.' },
    {
      name: 'windowStart',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'Request time of the first prediction (epoch milliseconds, UTC).',
    },
    {
      name: 'windowEnd',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'Request time of the last prediction (epoch milliseconds, UTC).',
    },
    {
      name: 'outputStats',
      type: { type: 'map', values: 'double' },
      doc: 'Summary of model outputs, e.g. mean_score, positive_rate.',
    },
    {
      name: 'servingMetrics',
      type: { type: 'map', values: 'double' },
      doc: 'Serving metrics over the batch, e.g. p50_latency_ms, p95_latency_ms, error_rate.',
    },
    {
      name: 'loggedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the batch was written (epoch milliseconds, UTC).',
    },
  ],
};
