// Generated from schemas/DatasetRejected.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { RejectionReason } from './types/rejection-reason';
import type { ValidationIssue } from './types/validation-issue';

/**
 * Ingestion rejected a submitted batch; no dataset version was created. The producer fixes the data and submits a new batch.
 *
 * Topic `loopline.dataset-versions`, keyed by `datasetName`.
 */
export interface DatasetRejected {
  /** Dataset name; the aggregate key, so all events of one dataset keep their order. */
  datasetName: string;
  /** Identifier of the rejected batch. */
  batchId: string;
  /** The rejected batch in the object store, kept for inspection. */
  batch: ArtifactRef;
  /** Broad reason for the rejection. */
  reason: RejectionReason;
  /** Version of the data contract the batch was checked against; null when the batch could not be read. */
  dataContractVersion: string | null;
  /** Every validation finding, errors first. */
  violations: ValidationIssue[];
  /** When the batch was rejected (epoch milliseconds, UTC). */
  rejectedAt: number;
}

/** The Avro schema of {@link DatasetRejected}, exactly as in schemas/DatasetRejected.avsc. */
export const DatasetRejectedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'DatasetRejected',
  namespace: 'io.loopline.events',
  doc: 'Ingestion rejected a submitted batch; no dataset version was created. The producer fixes the data and submits a new batch.',
  'loopline.key': 'datasetName',
  fields: [
    {
      name: 'datasetName',
      type: 'string',
      doc: 'Dataset name; the aggregate key, so all events of one dataset keep their order.',
    },
    { name: 'batchId', type: 'string', doc: 'Identifier of the rejected batch.' },
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
      doc: 'The rejected batch in the object store, kept for inspection.',
    },
    {
      name: 'reason',
      type: {
        type: 'enum',
        name: 'RejectionReason',
        doc: 'Broad reason a batch was rejected; the violations give the detail.',
        symbols: [
          'schema_mismatch',
          'validation_failed',
          'empty_batch',
          'unreadable',
          'checksum_mismatch',
          'unknown',
        ],
        default: 'unknown',
      },
      doc: 'Broad reason for the rejection.',
    },
    {
      name: 'dataContractVersion',
      type: ['null', 'string'],
      default: null,
      doc: 'Version of the data contract the batch was checked against; null when the batch could not be read.',
    },
    {
      name: 'violations',
      type: {
        type: 'array',
        items: {
          type: 'record',
          name: 'ValidationIssue',
          doc: 'One finding of data validation against the data contract (a failed expectation).',
          fields: [
            {
              name: 'rule',
              type: 'string',
              doc: 'Identifier of the data-contract rule that produced the finding, e.g. not_null, range, allowed_values, schema.',
            },
            {
              name: 'column',
              type: ['null', 'string'],
              default: null,
              doc: 'Column the finding is about; null for table-level rules such as row count or schema.',
            },
            {
              name: 'severity',
              type: {
                type: 'enum',
                name: 'IssueSeverity',
                doc: 'How serious a data validation finding is: an error rejects the batch, a warning is recorded on the dataset version.',
                symbols: ['error', 'warning', 'unknown'],
                default: 'unknown',
              },
              doc: 'Whether the finding rejects the batch (error) or is only recorded (warning).',
            },
            {
              name: 'message',
              type: 'string',
              doc: 'Human-readable explanation, including the expectation and what was observed.',
            },
            {
              name: 'observedValue',
              type: ['null', 'string'],
              default: null,
              doc: 'The offending value or statistic rendered as text (e.g. "null_fraction=0.12"); null when not applicable.',
            },
            {
              name: 'failingRowCount',
              type: 'long',
              doc: 'Number of rows that violate the rule; 0 for table-level rules.',
              default: 0,
            },
            {
              name: 'expected',
              type: ['null', 'string'],
              default: null,
              doc: 'What the rule expected, rendered as text (e.g. "<= 2000", "one of [sun, rain]"); null when not applicable.',
            },
            {
              name: 'sampleRows',
              type: { type: 'array', items: 'long' },
              default: [],
              doc: "Up to 10 of the failing rows, as 1-based row numbers in the batch's own row order, ascending; empty for table-level rules.",
            },
          ],
        },
      },
      doc: 'Every validation finding, errors first.',
    },
    {
      name: 'rejectedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the batch was rejected (epoch milliseconds, UTC).',
    },
  ],
};
