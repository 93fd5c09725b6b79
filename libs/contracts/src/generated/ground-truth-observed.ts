// Generated from schemas/GroundTruthObserved.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { DataFormat } from './types/data-format';

/**
 * Actual outcomes (labels) arrived for earlier predictions or entities. Monitoring joins them with logged predictions to measure live performance; ingestion folds them into the labelled dataset.
 *
 * Topic `loopline.ground-truth`, keyed by `datasetName`.
 */
export interface GroundTruthObserved {
  /** Name of the labelled dataset the outcomes belong to; the aggregate key. */
  datasetName: string;
  /** Identifier (UUID) of this batch of outcomes; resubmitting the same id is a no-op. */
  observationBatchId: string;
  /** The outcomes in the object store: one row per join key with the label and the event time. */
  labels: ArtifactRef;
  /** File format of the labels object. */
  format: DataFormat;
  /** Column that joins outcomes with predictions or entities, e.g. prediction_id or flight_id. */
  joinKey: string;
  /** Column holding the observed outcome. */
  labelColumn: string;
  /** Number of outcomes in the batch. */
  rowCount: number;
  /** Model whose predictions these outcomes answer, when the producer knows it; null for generic labels. */
  modelName: string | null;
  /** Earliest event time among the outcomes (epoch milliseconds, UTC). */
  eventTimeStart: number;
  /** Latest event time among the outcomes (epoch milliseconds, UTC). */
  eventTimeEnd: number;
  /** When the outcomes were received (epoch milliseconds, UTC). */
  observedAt: number;
}

/** The Avro schema of {@link GroundTruthObserved}, exactly as in schemas/GroundTruthObserved.avsc. */
export const GroundTruthObservedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'GroundTruthObserved',
  namespace: 'io.loopline.events',
  doc: 'Actual outcomes (labels) arrived for earlier predictions or entities. Monitoring joins them with logged predictions to measure live performance; ingestion folds them into the labelled dataset.',
  'loopline.key': 'datasetName',
  fields: [
    {
      name: 'datasetName',
      type: 'string',
      doc: 'Name of the labelled dataset the outcomes belong to; the aggregate key.',
    },
    {
      name: 'observationBatchId',
      type: 'string',
      doc: 'Identifier (UUID) of this batch of outcomes; resubmitting the same id is a no-op.',
    },
    {
      name: 'labels',
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
      doc: 'The outcomes in the object store: one row per join key with the label and the event time.',
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
      doc: 'File format of the labels object.',
    },
    {
      name: 'joinKey',
      type: 'string',
      doc: 'Column that joins outcomes with predictions or entities, e.g. prediction_id or flight_id.',
    },
    { name: 'labelColumn', type: 'string', doc: 'Column holding the observed outcome.' },
    { name: 'rowCount', type: 'long', doc: 'Number of outcomes in the batch.' },
    {
      name: 'modelName',
      type: ['null', 'string'],
      default: null,
      doc: 'Model whose predictions these outcomes answer, when the producer knows it; null for generic labels.',
    },
    {
      name: 'eventTimeStart',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'Earliest event time among the outcomes (epoch milliseconds, UTC).',
    },
    {
      name: 'eventTimeEnd',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'Latest event time among the outcomes (epoch milliseconds, UTC).',
    },
    {
      name: 'observedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the outcomes were received (epoch milliseconds, UTC).',
    },
  ],
};
