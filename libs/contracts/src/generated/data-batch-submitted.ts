// Generated from schemas/DataBatchSubmitted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { DataFormat } from './types/data-format';

/**
 * A producer submitted a batch of raw data for a dataset. Ingestion validates it against the dataset's data contract and either creates a dataset version or rejects it.
 *
 * Topic `loopline.data-batches`, keyed by `datasetName`.
 */
export interface DataBatchSubmitted {
  /** Dataset name; the aggregate key, so all events of one dataset keep their order. */
  datasetName: string;
  /** Identifier (UUID) of the submitted batch, chosen by the producer; resubmitting the same id is a no-op. */
  batchId: string;
  /** The raw batch in the object store. */
  batch: ArtifactRef;
  /** File format of the batch. */
  format: DataFormat;
  /** Number of rows the producer claims the batch holds; ingestion checks it when present. */
  rowCount: number | null;
  /** Version of the data contract the producer wrote against; null means the newest. */
  dataContractVersion: string | null;
  /** Partition values of the batch, e.g. {"month": "2001-01"}; empty when the dataset is not partitioned. */
  partition: Record<string, string>;
  /** System or person that produced the batch, e.g. airline-ops-export. */
  source: string;
  /** When the batch was submitted (epoch milliseconds, UTC). */
  submittedAt: number;
}

/** The Avro schema of {@link DataBatchSubmitted}, exactly as in schemas/DataBatchSubmitted.avsc. */
export const DataBatchSubmittedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'DataBatchSubmitted',
  namespace: 'io.loopline.events',
  doc: "A producer submitted a batch of raw data for a dataset. Ingestion validates it against the dataset's data contract and either creates a dataset version or rejects it.",
  'loopline.key': 'datasetName',
  fields: [
    {
      name: 'datasetName',
      type: 'string',
      doc: 'Dataset name; the aggregate key, so all events of one dataset keep their order.',
    },
    {
      name: 'batchId',
      type: 'string',
      doc: 'Identifier (UUID) of the submitted batch, chosen by the producer; resubmitting the same id is a no-op.',
    },
    {
      name: 'batch',
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
      doc: 'The raw batch in the object store.',
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
      doc: 'File format of the batch.',
    },
    {
      name: 'rowCount',
      type: ['null', 'long'],
      default: null,
      doc: 'Number of rows the producer claims the batch holds; ingestion checks it when present.',
    },
    {
      name: 'dataContractVersion',
      type: ['null', 'string'],
      default: null,
      doc: 'Version of the data contract the producer wrote against; null means the newest.',
    },
    {
      name: 'partition',
      type: { type: 'map', values: 'string' },
      doc: 'Partition values of the batch, e.g. {"month": "2001-01"}; empty when the dataset is not partitioned.',
      default: {},
    },
    {
      name: 'source',
      type: 'string',
      doc: 'System or person that produced the batch, e.g. airline-ops-export.',
    },
    {
      name: 'submittedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the batch was submitted (epoch milliseconds, UTC).',
    },
  ],
};
