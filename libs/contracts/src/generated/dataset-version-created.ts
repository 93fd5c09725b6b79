// Generated from schemas/DatasetVersionCreated.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { DataFormat } from './types/data-format';
import type { ValidationIssue } from './types/validation-issue';

/**
 * Ingestion validated one or more batches and created an immutable, content-addressed dataset version. The version is the unit every later stage refers to.
 *
 * Topic `loopline.dataset-versions`, keyed by `datasetName`.
 */
export interface DatasetVersionCreated {
  /** Dataset name; the aggregate key, so all events of one dataset keep their order. */
  datasetName: string;
  /** Identifier (UUID) of the new dataset version. */
  datasetVersionId: string;
  /** Sequence number of the version within the dataset, starting at 1. */
  version: number;
  /** Hex SHA-256 of the snapshot content; equal content gives an equal hash, so identical data is never versioned twice. */
  contentSha256: string;
  /** The immutable snapshot in the object store: its manifest, which lists the content-addressed Parquet parts (shared with the parent version, never copied) that make up the data. */
  snapshot: ArtifactRef;
  /** File format of the snapshot. */
  format: DataFormat;
  /** Manifest (JSON) of the version: every part with its sha256 and row count, the column schema, row count, event-time range, source batch ids, parent version and data contract version. */
  manifest: ArtifactRef;
  /** Data profile (JSON: per-column count, nulls, min/max, mean, std, quantiles, distinct); null when profiling was skipped. */
  profile: ArtifactRef | null;
  /** Number of rows in the snapshot. */
  rowCount: number;
  /** Number of columns in the snapshot. */
  columnCount: number;
  /** Hex SHA-256 of the canonical column list (names and types), to spot schema changes between versions. */
  columnSchemaSha256: string;
  /** Version of the data contract the data was validated against. */
  dataContractVersion: string;
  /** Identifiers of the submitted batches included in this version. */
  sourceBatchIds: string[];
  /** Dataset version this one extends (appends to); null for the first version. */
  parentVersionId: string | null;
  /** Earliest event time in the data (epoch milliseconds, UTC); null when the dataset has no event-time column. */
  eventTimeStart: number | null;
  /** Latest event time in the data (epoch milliseconds, UTC); null when the dataset has no event-time column. */
  eventTimeEnd: number | null;
  /** Validation findings that did not reject the data. */
  warnings: ValidationIssue[];
  /** When the version was created (epoch milliseconds, UTC). */
  createdAt: number;
}

/** The Avro schema of {@link DatasetVersionCreated}, exactly as in schemas/DatasetVersionCreated.avsc. */
export const DatasetVersionCreatedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'DatasetVersionCreated',
  namespace: 'io.loopline.events',
  doc: 'Ingestion validated one or more batches and created an immutable, content-addressed dataset version. The version is the unit every later stage refers to.',
  'loopline.key': 'datasetName',
  fields: [
    {
      name: 'datasetName',
      type: 'string',
      doc: 'Dataset name; the aggregate key, so all events of one dataset keep their order.',
    },
    {
      name: 'datasetVersionId',
      type: 'string',
      doc: 'Identifier (UUID) of the new dataset version.',
    },
    {
      name: 'version',
      type: 'int',
      doc: 'Sequence number of the version within the dataset, starting at 1.',
    },
    {
      name: 'contentSha256',
      type: 'string',
      doc: 'Hex SHA-256 of the snapshot content; equal content gives an equal hash, so identical data is never versioned twice.',
    },
    {
      name: 'snapshot',
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
      doc: 'The immutable snapshot in the object store: its manifest, which lists the content-addressed Parquet parts (shared with the parent version, never copied) that make up the data.',
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
      doc: 'File format of the snapshot.',
    },
    {
      name: 'manifest',
      type: 'io.loopline.events.ArtifactRef',
      doc: 'Manifest (JSON) of the version: every part with its sha256 and row count, the column schema, row count, event-time range, source batch ids, parent version and data contract version.',
    },
    {
      name: 'profile',
      type: ['null', 'io.loopline.events.ArtifactRef'],
      default: null,
      doc: 'Data profile (JSON: per-column count, nulls, min/max, mean, std, quantiles, distinct); null when profiling was skipped.',
    },
    { name: 'rowCount', type: 'long', doc: 'Number of rows in the snapshot.' },
    { name: 'columnCount', type: 'int', doc: 'Number of columns in the snapshot.' },
    {
      name: 'columnSchemaSha256',
      type: 'string',
      doc: 'Hex SHA-256 of the canonical column list (names and types), to spot schema changes between versions.',
    },
    {
      name: 'dataContractVersion',
      type: 'string',
      doc: 'Version of the data contract the data was validated against.',
    },
    {
      name: 'sourceBatchIds',
      type: { type: 'array', items: 'string' },
      doc: 'Identifiers of the submitted batches included in this version.',
    },
    {
      name: 'parentVersionId',
      type: ['null', 'string'],
      default: null,
      doc: 'Dataset version this one extends (appends to); null for the first version.',
    },
    {
      name: 'eventTimeStart',
      type: ['null', { type: 'long', logicalType: 'timestamp-millis' }],
      default: null,
      doc: 'Earliest event time in the data (epoch milliseconds, UTC); null when the dataset has no event-time column.',
    },
    {
      name: 'eventTimeEnd',
      type: ['null', { type: 'long', logicalType: 'timestamp-millis' }],
      default: null,
      doc: 'Latest event time in the data (epoch milliseconds, UTC); null when the dataset has no event-time column.',
    },
    {
      name: 'warnings',
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
      doc: 'Validation findings that did not reject the data.',
      default: [],
    },
    {
      name: 'createdAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the version was created (epoch milliseconds, UTC).',
    },
  ],
};
