// Generated from schemas/released/**/*.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/** A schema as it was released to consumers; producers may still write with it. */
export interface ReleasedSchema {
  /** Event name (the record name). */
  readonly name: string;
  /** Release folder under schemas/released/, e.g. v1. */
  readonly release: string;
  /** The schema JSON as released. */
  readonly schema: AvroSchemaDocument;
}

/** Every released schema, oldest release first. */
export const RELEASED_SCHEMAS: readonly ReleasedSchema[] = [
  {
    name: 'DataBatchSubmitted',
    release: 'v1',
    schema: {
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
    },
  },
  {
    name: 'DatasetRejected',
    release: 'v1',
    schema: {
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
    },
  },
  {
    name: 'DatasetVersionCreated',
    release: 'v1',
    schema: {
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
          doc: 'The immutable snapshot of the data in the object store.',
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
          doc: 'Manifest (JSON) listing the batches, columns and types that make up the version.',
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
    },
  },
  {
    name: 'DriftDetected',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'DriftDetected',
      namespace: 'io.loopline.events',
      doc: 'Monitoring found that the inputs or outputs of a serving model drifted from its training reference in a window. Training may retrain on newer data.',
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
          name: 'referenceFeatureSetId',
          type: 'string',
          doc: 'Feature set whose training split is the reference distribution.',
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
        { name: 'sampleSize', type: 'long', doc: 'Number of rows in the window.' },
        { name: 'referenceSampleSize', type: 'long', doc: 'Number of rows in the reference.' },
        {
          name: 'features',
          type: {
            type: 'array',
            items: {
              type: 'record',
              name: 'FeatureDriftResult',
              doc: 'Drift measurement of one feature (or of the model output) between the reference and the monitoring window.',
              fields: [
                {
                  name: 'featureName',
                  type: 'string',
                  doc: 'Name of the feature, or "prediction" for the model output.',
                },
                {
                  name: 'test',
                  type: {
                    type: 'enum',
                    name: 'DriftTest',
                    doc: 'Statistical test or distance used to measure drift of one feature.',
                    symbols: [
                      'ks',
                      'chi_square',
                      'psi',
                      'jensen_shannon',
                      'wasserstein',
                      'unknown',
                    ],
                    default: 'unknown',
                  },
                  doc: 'Test or distance that produced the statistic.',
                },
                {
                  name: 'statistic',
                  type: 'double',
                  doc: 'Value of the test statistic or distance.',
                },
                {
                  name: 'pValue',
                  type: ['null', 'double'],
                  default: null,
                  doc: 'p-value of the test; null for distances (PSI, Jensen-Shannon, Wasserstein) that have none.',
                },
                {
                  name: 'threshold',
                  type: 'double',
                  doc: 'Threshold above which (for distances) or below which (for p-values) the feature counts as drifted.',
                },
                { name: 'drifted', type: 'boolean', doc: 'Whether the feature counts as drifted.' },
              ],
            },
          },
          doc: 'Drift result of every monitored feature, drifted or not.',
        },
        {
          name: 'driftedFeatureShare',
          type: 'double',
          doc: 'Share (0-1) of monitored features that drifted.',
        },
        {
          name: 'severity',
          type: {
            type: 'enum',
            name: 'DriftSeverity',
            doc: 'Overall severity of the drift in a window, from the share and importance of drifted features.',
            symbols: ['low', 'medium', 'high', 'unknown'],
            default: 'unknown',
          },
          doc: 'Overall severity of the drift.',
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
          doc: 'Full drift report (JSON with histograms); null when not written.',
        },
        {
          name: 'detectedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the drift was detected (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'FeatureSetMaterialized',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'FeatureSetMaterialized',
      namespace: 'io.loopline.events',
      doc: 'The feature store materialized a feature view over a dataset version into train/validation/test splits ready for training, and fitted the transform statistics on the training split.',
      'loopline.key': 'featureViewName',
      fields: [
        {
          name: 'featureViewName',
          type: 'string',
          doc: 'Name of the feature view; the aggregate key.',
        },
        {
          name: 'featureViewVersion',
          type: 'int',
          doc: 'Version of the feature view that was materialized.',
        },
        {
          name: 'featureSetId',
          type: 'string',
          doc: 'Identifier (UUID) of the materialized feature set.',
        },
        { name: 'datasetName', type: 'string', doc: 'Dataset the features were computed from.' },
        {
          name: 'datasetVersionId',
          type: 'string',
          doc: 'Dataset version the features were computed from.',
        },
        {
          name: 'datasetContentSha256',
          type: 'string',
          doc: 'Content hash of that dataset version, so the exact input can be verified.',
        },
        {
          name: 'splits',
          type: {
            type: 'array',
            items: {
              type: 'record',
              name: 'DataSplit',
              doc: 'One split of a materialized feature set.',
              fields: [
                { name: 'name', type: 'string', doc: 'Split name: train, validation or test.' },
                {
                  name: 'data',
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
                  doc: 'Feature rows of the split in the object store.',
                },
                { name: 'rowCount', type: 'long', doc: 'Number of rows in the split.' },
              ],
            },
          },
          doc: 'The splits, each stored as its own object.',
        },
        {
          name: 'splitSeed',
          type: 'long',
          doc: 'Seed of the deterministic split, so the same inputs give the same splits.',
        },
        {
          name: 'transformStatistics',
          type: 'io.loopline.events.ArtifactRef',
          doc: 'Transform statistics fitted on the training split (means, deviations, vocabularies); saved with every model trained on this set.',
        },
        {
          name: 'referenceProfile',
          type: ['null', 'io.loopline.events.ArtifactRef'],
          default: null,
          doc: 'Feature distribution profile of the training split, used by monitoring as the drift reference; null when not computed.',
        },
        {
          name: 'featureNames',
          type: { type: 'array', items: 'string' },
          doc: 'Model-input feature names in order.',
        },
        {
          name: 'labelColumn',
          type: ['null', 'string'],
          default: null,
          doc: 'Label column; null for unlabelled feature sets.',
        },
        { name: 'rowCount', type: 'long', doc: 'Total rows across all splits.' },
        {
          name: 'asOf',
          type: ['null', { type: 'long', logicalType: 'timestamp-millis' }],
          default: null,
          doc: 'Point-in-time cut-off of the materialization (epoch milliseconds, UTC); null when the whole version was used.',
        },
        {
          name: 'materializedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When materialization finished (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'FeatureViewRegistered',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'FeatureViewRegistered',
      namespace: 'io.loopline.events',
      doc: 'A new version of a feature view (a named, versioned set of transforms over a dataset) was registered. Training and serving both use this exact transform definition, so there is no training-serving skew.',
      'loopline.key': 'featureViewName',
      fields: [
        {
          name: 'featureViewName',
          type: 'string',
          doc: 'Name of the feature view; the aggregate key.',
        },
        {
          name: 'featureViewVersion',
          type: 'int',
          doc: 'Version of the feature view, starting at 1; a version is immutable.',
        },
        { name: 'sourceDatasetName', type: 'string', doc: 'Dataset the feature view reads from.' },
        {
          name: 'entityKeys',
          type: { type: 'array', items: 'string' },
          doc: 'Columns that identify an entity, e.g. ["flight_id"].',
        },
        {
          name: 'timestampColumn',
          type: ['null', 'string'],
          default: null,
          doc: 'Event-time column used for point-in-time joins; null when the data has no event time.',
        },
        {
          name: 'labelColumn',
          type: ['null', 'string'],
          default: null,
          doc: 'Column holding the training label; null for feature views without a label.',
        },
        {
          name: 'features',
          type: {
            type: 'array',
            items: {
              type: 'record',
              name: 'FeatureDefinition',
              doc: 'One output feature of a feature view.',
              fields: [
                { name: 'name', type: 'string', doc: 'Name of the feature as models see it.' },
                {
                  name: 'sourceColumns',
                  type: { type: 'array', items: 'string' },
                  doc: 'Dataset columns the feature is computed from.',
                },
                {
                  name: 'transform',
                  type: 'string',
                  doc: 'Transform that computes the feature, e.g. identity, standardize, min_max, one_hot, bucketize, hour_of_day.',
                },
                {
                  name: 'dtype',
                  type: {
                    type: 'enum',
                    name: 'FeatureDtype',
                    doc: 'Value type of a feature after its transform.',
                    symbols: ['float32', 'int32', 'bool', 'string', 'unknown'],
                    default: 'unknown',
                  },
                  doc: 'Value type of the feature after its transform.',
                },
                {
                  name: 'width',
                  type: 'int',
                  doc: 'Number of model inputs the feature expands to (1, or the category count for one_hot).',
                  default: 1,
                },
                {
                  name: 'description',
                  type: 'string',
                  doc: 'What the feature means, for model cards and reviewers.',
                },
              ],
            },
          },
          doc: 'Output features in model-input order.',
        },
        {
          name: 'transformSpec',
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
          doc: 'The serialized transform definition (JSON) shared by training and serving.',
        },
        { name: 'owner', type: 'string', doc: 'Team or person responsible for the feature view.' },
        {
          name: 'registeredAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the version was registered (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'GroundTruthObserved',
    release: 'v1',
    schema: {
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
    },
  },
  {
    name: 'ModelAliasAssigned',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'ModelAliasAssigned',
      namespace: 'io.loopline.events',
      doc: 'A model alias (e.g. production, staging, champion) now points at a model version.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'alias', type: 'string', doc: 'Alias that moved, e.g. production.' },
        { name: 'modelVersion', type: 'int', doc: 'Version the alias now points at.' },
        {
          name: 'previousModelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Version the alias pointed at before; null when it is new.',
        },
        {
          name: 'rolloutId',
          type: ['null', 'string'],
          default: null,
          doc: 'Rollout whose completion moved the alias, if any.',
        },
        {
          name: 'reason',
          type: 'string',
          doc: 'Why the alias moved, e.g. "rollout completed" or "rollback".',
        },
        { name: 'assignedBy', type: 'string', doc: 'User or service that moved the alias.' },
        {
          name: 'assignedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the alias moved (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'ModelGateFailed',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'ModelGateFailed',
      namespace: 'io.loopline.events',
      doc: 'A trained model failed at least one check of its evaluation gate policy; it is not rolled out.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'evaluationId', type: 'string', doc: 'Identifier (UUID) of the evaluation.' },
        {
          name: 'lineage',
          type: {
            type: 'record',
            name: 'ModelLineage',
            doc: 'Everything needed to reproduce a trained model: the exact data, features, configuration and code it came from.',
            fields: [
              {
                name: 'trainingRunId',
                type: 'string',
                doc: 'Identifier (UUID) of the training run that produced the model.',
              },
              {
                name: 'featureSetId',
                type: 'string',
                doc: 'Identifier of the materialized feature set the model was trained on.',
              },
              {
                name: 'featureViewName',
                type: 'string',
                doc: 'Name of the feature view whose transforms produced the features.',
              },
              {
                name: 'featureViewVersion',
                type: 'int',
                doc: 'Version of the feature view; its transform definition is saved with the model.',
              },
              {
                name: 'datasetName',
                type: 'string',
                doc: 'Name of the dataset the feature set was materialized from.',
              },
              {
                name: 'datasetVersionId',
                type: 'string',
                doc: 'Identifier of the immutable dataset version the feature set was materialized from.',
              },
              {
                name: 'datasetContentSha256',
                type: 'string',
                doc: 'Content hash (hex SHA-256) of that dataset version snapshot.',
              },
              {
                name: 'configHash',
                type: 'string',
                doc: 'Hex SHA-256 of the canonical JSON of the training configuration (hyperparameters, seeds, splits).',
              },
              {
                name: 'codeCommit',
                type: 'string',
                doc: 'Git commit of the training code that ran.',
              },
            ],
          },
          doc: 'Lineage of the evaluated model (its training run, data, features, configuration and code).',
        },
        {
          name: 'artifact',
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
          doc: 'The evaluated model artifact.',
        },
        {
          name: 'transform',
          type: 'io.loopline.events.ArtifactRef',
          doc: 'The transform bundle saved with the model.',
        },
        {
          name: 'modelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
        },
        {
          name: 'policyName',
          type: 'string',
          doc: 'Gate policy applied, e.g. default-binary-classifier.',
        },
        { name: 'policyVersion', type: 'int', doc: 'Version of the gate policy applied.' },
        {
          name: 'checks',
          type: {
            type: 'array',
            items: {
              type: 'record',
              name: 'GateCheckResult',
              doc: 'Outcome of one check of an evaluation gate policy.',
              fields: [
                {
                  name: 'checkName',
                  type: 'string',
                  doc: 'Name of the check in the gate policy, e.g. min_test_auc or no_regression_vs_production.',
                },
                {
                  name: 'metric',
                  type: 'string',
                  doc: 'Metric the check reads, e.g. test.auc or test.log_loss.',
                },
                {
                  name: 'comparator',
                  type: {
                    type: 'enum',
                    name: 'GateComparator',
                    doc: 'How a gate check compares the observed metric with its threshold. max_regression compares the drop from the baseline (champion) value with the threshold.',
                    symbols: ['gte', 'gt', 'lte', 'lt', 'max_regression', 'unknown'],
                    default: 'unknown',
                  },
                  doc: 'How the observed value is compared with the threshold.',
                },
                {
                  name: 'threshold',
                  type: 'double',
                  doc: 'Threshold of the check (an absolute bound, or the allowed drop for max_regression).',
                },
                {
                  name: 'observed',
                  type: ['null', 'double'],
                  default: null,
                  doc: 'Value of the metric for the candidate model; null when the metric could not be computed (the check then fails).',
                },
                {
                  name: 'baseline',
                  type: ['null', 'double'],
                  default: null,
                  doc: 'Value of the metric for the baseline (current production) model; null when there is no baseline.',
                },
                { name: 'passed', type: 'boolean', doc: 'Whether the check passed.' },
                {
                  name: 'message',
                  type: 'string',
                  doc: 'Human-readable explanation of the outcome.',
                },
              ],
            },
          },
          doc: 'Result of every check of the policy; at least one failed.',
        },
        {
          name: 'baselineModelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Model version compared against (the production alias at evaluation time); null when none was in production.',
        },
        {
          name: 'metrics',
          type: { type: 'map', values: 'double' },
          doc: 'All metrics computed by the evaluation, keyed by split-qualified name, e.g. test.auc.',
        },
        {
          name: 'report',
          type: ['null', 'io.loopline.events.ArtifactRef'],
          default: null,
          doc: 'Full evaluation report (JSON: slices, confusion matrix, calibration); null when not written.',
        },
        {
          name: 'evaluatedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the evaluation finished (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'ModelGatePassed',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'ModelGatePassed',
      namespace: 'io.loopline.events',
      doc: 'A trained model passed every check of its evaluation gate policy and may be registered and rolled out.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'evaluationId', type: 'string', doc: 'Identifier (UUID) of the evaluation.' },
        {
          name: 'lineage',
          type: {
            type: 'record',
            name: 'ModelLineage',
            doc: 'Everything needed to reproduce a trained model: the exact data, features, configuration and code it came from.',
            fields: [
              {
                name: 'trainingRunId',
                type: 'string',
                doc: 'Identifier (UUID) of the training run that produced the model.',
              },
              {
                name: 'featureSetId',
                type: 'string',
                doc: 'Identifier of the materialized feature set the model was trained on.',
              },
              {
                name: 'featureViewName',
                type: 'string',
                doc: 'Name of the feature view whose transforms produced the features.',
              },
              {
                name: 'featureViewVersion',
                type: 'int',
                doc: 'Version of the feature view; its transform definition is saved with the model.',
              },
              {
                name: 'datasetName',
                type: 'string',
                doc: 'Name of the dataset the feature set was materialized from.',
              },
              {
                name: 'datasetVersionId',
                type: 'string',
                doc: 'Identifier of the immutable dataset version the feature set was materialized from.',
              },
              {
                name: 'datasetContentSha256',
                type: 'string',
                doc: 'Content hash (hex SHA-256) of that dataset version snapshot.',
              },
              {
                name: 'configHash',
                type: 'string',
                doc: 'Hex SHA-256 of the canonical JSON of the training configuration (hyperparameters, seeds, splits).',
              },
              {
                name: 'codeCommit',
                type: 'string',
                doc: 'Git commit of the training code that ran.',
              },
            ],
          },
          doc: 'Lineage of the evaluated model (its training run, data, features, configuration and code).',
        },
        {
          name: 'artifact',
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
          doc: 'The evaluated model artifact.',
        },
        {
          name: 'transform',
          type: 'io.loopline.events.ArtifactRef',
          doc: 'The transform bundle saved with the model.',
        },
        {
          name: 'modelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
        },
        {
          name: 'policyName',
          type: 'string',
          doc: 'Gate policy applied, e.g. default-binary-classifier.',
        },
        { name: 'policyVersion', type: 'int', doc: 'Version of the gate policy applied.' },
        {
          name: 'checks',
          type: {
            type: 'array',
            items: {
              type: 'record',
              name: 'GateCheckResult',
              doc: 'Outcome of one check of an evaluation gate policy.',
              fields: [
                {
                  name: 'checkName',
                  type: 'string',
                  doc: 'Name of the check in the gate policy, e.g. min_test_auc or no_regression_vs_production.',
                },
                {
                  name: 'metric',
                  type: 'string',
                  doc: 'Metric the check reads, e.g. test.auc or test.log_loss.',
                },
                {
                  name: 'comparator',
                  type: {
                    type: 'enum',
                    name: 'GateComparator',
                    doc: 'How a gate check compares the observed metric with its threshold. max_regression compares the drop from the baseline (champion) value with the threshold.',
                    symbols: ['gte', 'gt', 'lte', 'lt', 'max_regression', 'unknown'],
                    default: 'unknown',
                  },
                  doc: 'How the observed value is compared with the threshold.',
                },
                {
                  name: 'threshold',
                  type: 'double',
                  doc: 'Threshold of the check (an absolute bound, or the allowed drop for max_regression).',
                },
                {
                  name: 'observed',
                  type: ['null', 'double'],
                  default: null,
                  doc: 'Value of the metric for the candidate model; null when the metric could not be computed (the check then fails).',
                },
                {
                  name: 'baseline',
                  type: ['null', 'double'],
                  default: null,
                  doc: 'Value of the metric for the baseline (current production) model; null when there is no baseline.',
                },
                { name: 'passed', type: 'boolean', doc: 'Whether the check passed.' },
                {
                  name: 'message',
                  type: 'string',
                  doc: 'Human-readable explanation of the outcome.',
                },
              ],
            },
          },
          doc: 'Result of every check of the policy (all passed).',
        },
        {
          name: 'baselineModelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Model version compared against (the production alias at evaluation time); null when none was in production.',
        },
        {
          name: 'metrics',
          type: { type: 'map', values: 'double' },
          doc: 'All metrics computed by the evaluation, keyed by split-qualified name, e.g. test.auc.',
        },
        {
          name: 'report',
          type: ['null', 'io.loopline.events.ArtifactRef'],
          default: null,
          doc: 'Full evaluation report (JSON: slices, confusion matrix, calibration); null when not written.',
        },
        {
          name: 'evaluatedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the evaluation finished (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'ModelTrained',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'ModelTrained',
      namespace: 'io.loopline.events',
      doc: 'A training run finished successfully and stored a model artifact together with its transform, ready for evaluation and registration.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        {
          name: 'lineage',
          type: {
            type: 'record',
            name: 'ModelLineage',
            doc: 'Everything needed to reproduce a trained model: the exact data, features, configuration and code it came from.',
            fields: [
              {
                name: 'trainingRunId',
                type: 'string',
                doc: 'Identifier (UUID) of the training run that produced the model.',
              },
              {
                name: 'featureSetId',
                type: 'string',
                doc: 'Identifier of the materialized feature set the model was trained on.',
              },
              {
                name: 'featureViewName',
                type: 'string',
                doc: 'Name of the feature view whose transforms produced the features.',
              },
              {
                name: 'featureViewVersion',
                type: 'int',
                doc: 'Version of the feature view; its transform definition is saved with the model.',
              },
              {
                name: 'datasetName',
                type: 'string',
                doc: 'Name of the dataset the feature set was materialized from.',
              },
              {
                name: 'datasetVersionId',
                type: 'string',
                doc: 'Identifier of the immutable dataset version the feature set was materialized from.',
              },
              {
                name: 'datasetContentSha256',
                type: 'string',
                doc: 'Content hash (hex SHA-256) of that dataset version snapshot.',
              },
              {
                name: 'configHash',
                type: 'string',
                doc: 'Hex SHA-256 of the canonical JSON of the training configuration (hyperparameters, seeds, splits).',
              },
              {
                name: 'codeCommit',
                type: 'string',
                doc: 'Git commit of the training code that ran.',
              },
            ],
          },
          doc: 'Data, features, configuration and code the model came from.',
        },
        {
          name: 'task',
          type: {
            type: 'enum',
            name: 'ModelTask',
            doc: 'The learning task a model solves; decides which metrics apply.',
            symbols: [
              'binary_classification',
              'multiclass_classification',
              'regression',
              'unknown',
            ],
            default: 'unknown',
          },
          doc: 'Learning task of the model.',
        },
        {
          name: 'artifact',
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
          doc: 'The model artifact (TensorFlow.js model archive) in the object store.',
        },
        {
          name: 'transform',
          type: 'io.loopline.events.ArtifactRef',
          doc: 'The transform bundle (feature view definition plus fitted statistics) saved with the model, applied identically at serving time.',
        },
        {
          name: 'featureNames',
          type: { type: 'array', items: 'string' },
          doc: 'Model-input feature names in order.',
        },
        { name: 'labelColumn', type: 'string', doc: 'Label the model predicts.' },
        {
          name: 'trainingMetrics',
          type: { type: 'map', values: 'double' },
          doc: 'Final metrics on the training split, e.g. loss, accuracy.',
        },
        {
          name: 'validationMetrics',
          type: { type: 'map', values: 'double' },
          doc: 'Final metrics on the validation split.',
        },
        {
          name: 'testMetrics',
          type: { type: 'map', values: 'double' },
          doc: 'Metrics on the held-out test split; evaluation gates read these.',
        },
        { name: 'epochs', type: 'int', doc: 'Number of epochs actually trained.' },
        { name: 'parameterCount', type: 'long', doc: 'Number of trainable parameters.' },
        { name: 'seed', type: 'long', doc: 'Seed used by the run.' },
        {
          name: 'backend',
          type: 'string',
          doc: 'TensorFlow.js backend used: tensorflow-gpu, tensorflow, wasm or cpu.',
        },
        { name: 'frameworkVersion', type: 'string', doc: 'Version of TensorFlow.js used.' },
        {
          name: 'durationMs',
          type: 'long',
          doc: 'Wall-clock duration of the run in milliseconds.',
        },
        {
          name: 'completedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the run finished (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'ModelVersionRegistered',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'ModelVersionRegistered',
      namespace: 'io.loopline.events',
      doc: 'The registry recorded a trained model as a new, numbered model version with its full lineage.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        {
          name: 'modelVersion',
          type: 'int',
          doc: 'Version number assigned by the registry, starting at 1 per model.',
        },
        {
          name: 'lineage',
          type: {
            type: 'record',
            name: 'ModelLineage',
            doc: 'Everything needed to reproduce a trained model: the exact data, features, configuration and code it came from.',
            fields: [
              {
                name: 'trainingRunId',
                type: 'string',
                doc: 'Identifier (UUID) of the training run that produced the model.',
              },
              {
                name: 'featureSetId',
                type: 'string',
                doc: 'Identifier of the materialized feature set the model was trained on.',
              },
              {
                name: 'featureViewName',
                type: 'string',
                doc: 'Name of the feature view whose transforms produced the features.',
              },
              {
                name: 'featureViewVersion',
                type: 'int',
                doc: 'Version of the feature view; its transform definition is saved with the model.',
              },
              {
                name: 'datasetName',
                type: 'string',
                doc: 'Name of the dataset the feature set was materialized from.',
              },
              {
                name: 'datasetVersionId',
                type: 'string',
                doc: 'Identifier of the immutable dataset version the feature set was materialized from.',
              },
              {
                name: 'datasetContentSha256',
                type: 'string',
                doc: 'Content hash (hex SHA-256) of that dataset version snapshot.',
              },
              {
                name: 'configHash',
                type: 'string',
                doc: 'Hex SHA-256 of the canonical JSON of the training configuration (hyperparameters, seeds, splits).',
              },
              {
                name: 'codeCommit',
                type: 'string',
                doc: 'Git commit of the training code that ran.',
              },
            ],
          },
          doc: 'Lineage of the model version.',
        },
        {
          name: 'task',
          type: {
            type: 'enum',
            name: 'ModelTask',
            doc: 'The learning task a model solves; decides which metrics apply.',
            symbols: [
              'binary_classification',
              'multiclass_classification',
              'regression',
              'unknown',
            ],
            default: 'unknown',
          },
          doc: 'Learning task of the model.',
        },
        {
          name: 'artifact',
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
          doc: 'The model artifact.',
        },
        {
          name: 'transform',
          type: 'io.loopline.events.ArtifactRef',
          doc: 'The transform bundle saved with the model.',
        },
        {
          name: 'metrics',
          type: { type: 'map', values: 'double' },
          doc: 'Headline metrics recorded with the version, keyed by split-qualified name, e.g. test.auc.',
        },
        {
          name: 'modelCard',
          type: ['null', 'io.loopline.events.ArtifactRef'],
          default: null,
          doc: 'Model card (Markdown) generated for the version; null until written.',
        },
        {
          name: 'tags',
          type: { type: 'map', values: 'string' },
          doc: 'Free-form tags of the version.',
          default: {},
        },
        {
          name: 'registeredAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the version was registered (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'MonitoringWindowSummarized',
    release: 'v1',
    schema: {
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
        {
          name: 'predictionCount',
          type: 'long',
          doc: 'Number of predictions served in the window.',
        },
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
    },
  },
  {
    name: 'PerformanceDegraded',
    release: 'v1',
    schema: {
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
        {
          name: 'threshold',
          type: 'double',
          doc: 'Largest allowed degradation from the baseline.',
        },
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
    },
  },
  {
    name: 'PredictionsLogged',
    release: 'v1',
    schema: {
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
        {
          name: 'logBatchId',
          type: 'string',
          doc: 'Identifier (UUID) of the prediction log batch.',
        },
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
    },
  },
  {
    name: 'PromotionApproved',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'PromotionApproved',
      namespace: 'io.loopline.events',
      doc: 'A reviewer approved promoting a model version to an alias (usually production); deployment starts the rollout.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'approvalId', type: 'string', doc: 'Identifier (UUID) of the approval decision.' },
        { name: 'modelVersion', type: 'int', doc: 'Version approved for promotion.' },
        { name: 'trainingRunId', type: 'string', doc: 'Training run of that version.' },
        {
          name: 'targetAlias',
          type: 'string',
          doc: 'Alias the version is promoted to, e.g. production.',
        },
        {
          name: 'strategy',
          type: {
            type: 'enum',
            name: 'RolloutStrategy',
            doc: 'How a new model version is exposed to traffic: canary shifts traffic in steps, shadow mirrors traffic without serving its answers, blue_green switches all traffic at once after warm-up.',
            symbols: ['canary', 'shadow', 'blue_green', 'unknown'],
            default: 'unknown',
          },
          doc: 'Rollout strategy to use.',
        },
        { name: 'approvedBy', type: 'string', doc: 'Reviewer who approved.' },
        { name: 'comment', type: ['null', 'string'], default: null, doc: 'Reviewer comment.' },
        {
          name: 'approvedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the approval was given (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'PromotionRejected',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'PromotionRejected',
      namespace: 'io.loopline.events',
      doc: 'A reviewer rejected promoting a model version; it stays where it is.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'approvalId', type: 'string', doc: 'Identifier (UUID) of the decision.' },
        { name: 'modelVersion', type: 'int', doc: 'Version rejected for promotion.' },
        { name: 'trainingRunId', type: 'string', doc: 'Training run of that version.' },
        { name: 'targetAlias', type: 'string', doc: 'Alias the version was proposed for.' },
        { name: 'rejectedBy', type: 'string', doc: 'Reviewer who rejected.' },
        { name: 'reason', type: 'string', doc: 'Why the promotion was rejected.' },
        {
          name: 'rejectedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the decision was made (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'RollbackRequested',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'RollbackRequested',
      namespace: 'io.loopline.events',
      doc: 'An operator or a guardrail asked to roll a model back to an earlier version.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'requestId', type: 'string', doc: 'Identifier (UUID) of the rollback request.' },
        {
          name: 'rolloutId',
          type: ['null', 'string'],
          default: null,
          doc: 'Rollout to abort; null to roll back whatever is serving.',
        },
        {
          name: 'targetModelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Version to restore; null means the version that served before the current one.',
        },
        { name: 'reason', type: 'string', doc: 'Why the rollback is needed.' },
        { name: 'requestedBy', type: 'string', doc: 'User or service that asked.' },
        {
          name: 'requestedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the rollback was requested (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'RolloutCompleted',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'RolloutCompleted',
      namespace: 'io.loopline.events',
      doc: 'A rollout finished: the new version serves all traffic and the target alias moves to it. Monitoring switches its reference to this model.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'rolloutId', type: 'string', doc: 'Identifier of the rollout.' },
        {
          name: 'modelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
        },
        {
          name: 'lineage',
          type: {
            type: 'record',
            name: 'ModelLineage',
            doc: 'Everything needed to reproduce a trained model: the exact data, features, configuration and code it came from.',
            fields: [
              {
                name: 'trainingRunId',
                type: 'string',
                doc: 'Identifier (UUID) of the training run that produced the model.',
              },
              {
                name: 'featureSetId',
                type: 'string',
                doc: 'Identifier of the materialized feature set the model was trained on.',
              },
              {
                name: 'featureViewName',
                type: 'string',
                doc: 'Name of the feature view whose transforms produced the features.',
              },
              {
                name: 'featureViewVersion',
                type: 'int',
                doc: 'Version of the feature view; its transform definition is saved with the model.',
              },
              {
                name: 'datasetName',
                type: 'string',
                doc: 'Name of the dataset the feature set was materialized from.',
              },
              {
                name: 'datasetVersionId',
                type: 'string',
                doc: 'Identifier of the immutable dataset version the feature set was materialized from.',
              },
              {
                name: 'datasetContentSha256',
                type: 'string',
                doc: 'Content hash (hex SHA-256) of that dataset version snapshot.',
              },
              {
                name: 'configHash',
                type: 'string',
                doc: 'Hex SHA-256 of the canonical JSON of the training configuration (hyperparameters, seeds, splits).',
              },
              {
                name: 'codeCommit',
                type: 'string',
                doc: 'Git commit of the training code that ran.',
              },
            ],
          },
          doc: 'Lineage of the model now serving; monitoring uses its feature set as the drift reference.',
        },
        {
          name: 'strategy',
          type: {
            type: 'enum',
            name: 'RolloutStrategy',
            doc: 'How a new model version is exposed to traffic: canary shifts traffic in steps, shadow mirrors traffic without serving its answers, blue_green switches all traffic at once after warm-up.',
            symbols: ['canary', 'shadow', 'blue_green', 'unknown'],
            default: 'unknown',
          },
          doc: 'Strategy the rollout used.',
        },
        { name: 'endpointName', type: 'string', doc: 'Serving endpoint.' },
        {
          name: 'previousModelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Version that served before; null for a first deployment.',
        },
        { name: 'targetAlias', type: 'string', doc: 'Alias that now points at the new version.' },
        { name: 'durationMs', type: 'long', doc: 'Duration of the rollout in milliseconds.' },
        {
          name: 'completedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the rollout completed (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'RolloutRolledBack',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'RolloutRolledBack',
      namespace: 'io.loopline.events',
      doc: 'A rollout was aborted and traffic returned to the previous version.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'rolloutId', type: 'string', doc: 'Rollout that was rolled back.' },
        {
          name: 'modelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
        },
        {
          name: 'trainingRunId',
          type: 'string',
          doc: 'Training run of the model that was rolled back.',
        },
        {
          name: 'restoredModelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Version serving again after the rollback; null when the endpoint had no earlier version.',
        },
        {
          name: 'reason',
          type: {
            type: 'enum',
            name: 'RollbackReason',
            doc: 'Why a rollout was rolled back.',
            symbols: [
              'manual',
              'guardrail_breached',
              'performance_degraded',
              'deployment_error',
              'unknown',
            ],
            default: 'unknown',
          },
          doc: 'Why the rollout was rolled back.',
        },
        {
          name: 'detail',
          type: 'string',
          doc: 'Human-readable detail, e.g. which guardrail was breached by how much.',
        },
        {
          name: 'breachedGuardrails',
          type: { type: 'map', values: 'double' },
          doc: 'Observed value of every breached guardrail metric; empty when not a guardrail breach.',
          default: {},
        },
        {
          name: 'requestId',
          type: ['null', 'string'],
          default: null,
          doc: 'Rollback request that caused this, if any.',
        },
        {
          name: 'rolledBackAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When traffic was restored (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'RolloutStarted',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'RolloutStarted',
      namespace: 'io.loopline.events',
      doc: 'Deployment started exposing a model version to traffic under a strategy, with the planned steps and the guardrails that abort it.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'rolloutId', type: 'string', doc: 'Identifier (UUID) of the rollout.' },
        {
          name: 'modelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
        },
        {
          name: 'lineage',
          type: {
            type: 'record',
            name: 'ModelLineage',
            doc: 'Everything needed to reproduce a trained model: the exact data, features, configuration and code it came from.',
            fields: [
              {
                name: 'trainingRunId',
                type: 'string',
                doc: 'Identifier (UUID) of the training run that produced the model.',
              },
              {
                name: 'featureSetId',
                type: 'string',
                doc: 'Identifier of the materialized feature set the model was trained on.',
              },
              {
                name: 'featureViewName',
                type: 'string',
                doc: 'Name of the feature view whose transforms produced the features.',
              },
              {
                name: 'featureViewVersion',
                type: 'int',
                doc: 'Version of the feature view; its transform definition is saved with the model.',
              },
              {
                name: 'datasetName',
                type: 'string',
                doc: 'Name of the dataset the feature set was materialized from.',
              },
              {
                name: 'datasetVersionId',
                type: 'string',
                doc: 'Identifier of the immutable dataset version the feature set was materialized from.',
              },
              {
                name: 'datasetContentSha256',
                type: 'string',
                doc: 'Content hash (hex SHA-256) of that dataset version snapshot.',
              },
              {
                name: 'configHash',
                type: 'string',
                doc: 'Hex SHA-256 of the canonical JSON of the training configuration (hyperparameters, seeds, splits).',
              },
              {
                name: 'codeCommit',
                type: 'string',
                doc: 'Git commit of the training code that ran.',
              },
            ],
          },
          doc: 'Lineage of the model being rolled out.',
        },
        {
          name: 'artifact',
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
          doc: 'The model artifact being deployed.',
        },
        {
          name: 'transform',
          type: 'io.loopline.events.ArtifactRef',
          doc: 'The transform bundle deployed with the model.',
        },
        {
          name: 'strategy',
          type: {
            type: 'enum',
            name: 'RolloutStrategy',
            doc: 'How a new model version is exposed to traffic: canary shifts traffic in steps, shadow mirrors traffic without serving its answers, blue_green switches all traffic at once after warm-up.',
            symbols: ['canary', 'shadow', 'blue_green', 'unknown'],
            default: 'unknown',
          },
          doc: 'Rollout strategy.',
        },
        { name: 'endpointName', type: 'string', doc: 'Serving endpoint the model is deployed to.' },
        {
          name: 'previousModelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Version serving the endpoint before the rollout; null for a first deployment.',
        },
        {
          name: 'targetAlias',
          type: 'string',
          doc: 'Alias that moves to the new version when the rollout completes, e.g. production.',
        },
        {
          name: 'steps',
          type: {
            type: 'array',
            items: {
              type: 'record',
              name: 'RolloutStep',
              doc: 'One planned step of a rollout.',
              fields: [
                {
                  name: 'trafficPercent',
                  type: 'double',
                  doc: 'Share of live traffic (0-100) routed to the new version during the step; for shadow, the share of traffic mirrored.',
                },
                {
                  name: 'minDurationSeconds',
                  type: 'int',
                  doc: 'Minimum time the step runs, with guardrails healthy, before the next step starts.',
                },
              ],
            },
          },
          doc: 'Planned steps in order.',
        },
        {
          name: 'guardrails',
          type: { type: 'map', values: 'double' },
          doc: 'Upper bound per serving metric (e.g. error_rate: 0.01, p95_latency_ms: 50); breaching any rolls the rollout back.',
        },
        {
          name: 'startedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the rollout started (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'RolloutStepCompleted',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'RolloutStepCompleted',
      namespace: 'io.loopline.events',
      doc: 'One step of a rollout finished with its guardrail metrics healthy or not.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'rolloutId', type: 'string', doc: 'Rollout the step belongs to.' },
        {
          name: 'modelVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
        },
        {
          name: 'trainingRunId',
          type: 'string',
          doc: 'Training run of the model being rolled out.',
        },
        { name: 'stepIndex', type: 'int', doc: 'Index of the finished step, starting at 0.' },
        { name: 'totalSteps', type: 'int', doc: 'Number of planned steps.' },
        {
          name: 'trafficPercent',
          type: 'double',
          doc: 'Share of traffic (0-100) the new version had during the step.',
        },
        {
          name: 'observedMetrics',
          type: { type: 'map', values: 'double' },
          doc: 'Serving metrics observed during the step, e.g. error_rate, p95_latency_ms, requests.',
        },
        { name: 'healthy', type: 'boolean', doc: 'Whether every guardrail held during the step.' },
        {
          name: 'completedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the step finished (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'TrainingEpochCompleted',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'TrainingEpochCompleted',
      namespace: 'io.loopline.events',
      doc: 'One epoch of a training run finished; carries the learning curve point for live dashboards and early-stopping decisions.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'trainingRunId', type: 'string', doc: 'Run the epoch belongs to.' },
        { name: 'epoch', type: 'int', doc: 'Epoch number, starting at 1.' },
        {
          name: 'totalEpochs',
          type: 'int',
          doc: 'Number of epochs planned for the run (early stopping may end it sooner).',
        },
        {
          name: 'metrics',
          type: { type: 'map', values: 'double' },
          doc: 'Metrics of the epoch keyed by name, e.g. loss, accuracy, val_loss, val_auc.',
        },
        {
          name: 'durationMs',
          type: 'long',
          doc: 'Wall-clock duration of the epoch in milliseconds.',
        },
        {
          name: 'samplesPerSecond',
          type: ['null', 'double'],
          default: null,
          doc: 'Training throughput during the epoch; null when not measured.',
        },
        {
          name: 'completedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the epoch finished (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'TrainingFailed',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'TrainingFailed',
      namespace: 'io.loopline.events',
      doc: 'A training run failed. Nothing was stored as a model; the error says whether retrying can help.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'trainingRunId', type: 'string', doc: 'Run that failed.' },
        {
          name: 'requestId',
          type: ['null', 'string'],
          default: null,
          doc: 'Training request the run served, if any.',
        },
        {
          name: 'featureSetId',
          type: ['null', 'string'],
          default: null,
          doc: 'Feature set the run was training on; null when it failed before choosing one.',
        },
        {
          name: 'errorCode',
          type: 'string',
          doc: 'Stable platform error code, e.g. TRAINING.NON_FINITE_LOSS.',
        },
        { name: 'errorMessage', type: 'string', doc: 'What went wrong and what to do next.' },
        {
          name: 'retriable',
          type: 'boolean',
          doc: 'Whether running again unchanged may succeed (e.g. an unavailable object store).',
        },
        {
          name: 'failedAtEpoch',
          type: ['null', 'int'],
          default: null,
          doc: 'Epoch during which the run failed; null when it failed before training.',
        },
        {
          name: 'logs',
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
          doc: 'Run logs in the object store, when they could be saved.',
        },
        {
          name: 'failedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the run failed (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'TrainingRequested',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'TrainingRequested',
      namespace: 'io.loopline.events',
      doc: 'Someone or something asked for a model to be (re)trained: an operator, a schedule, new data, or monitoring after drift or a performance drop. Training debounces requests (cool-down, one run in flight per model).',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        {
          name: 'requestId',
          type: 'string',
          doc: 'Identifier (UUID) of the request; the resulting run refers to it.',
        },
        {
          name: 'trigger',
          type: {
            type: 'enum',
            name: 'TrainingTrigger',
            doc: 'Why a training run was asked for.',
            symbols: ['manual', 'schedule', 'new_data', 'drift', 'performance', 'unknown'],
            default: 'unknown',
          },
          doc: 'What caused the request.',
        },
        {
          name: 'reason',
          type: 'string',
          doc: 'Human-readable reason, e.g. "PSI of dep_delay 0.31 > 0.2 in window 2001-05".',
        },
        {
          name: 'featureViewName',
          type: ['null', 'string'],
          default: null,
          doc: 'Feature view to train on; null means the one the current production model uses.',
        },
        {
          name: 'featureViewVersion',
          type: ['null', 'int'],
          default: null,
          doc: 'Feature view version; null means the newest.',
        },
        {
          name: 'featureSetId',
          type: ['null', 'string'],
          default: null,
          doc: 'Exact feature set to train on; null means materialize from the newest dataset version.',
        },
        {
          name: 'configOverrides',
          type: { type: 'map', values: 'string' },
          doc: 'Training configuration values overriding the model\'s stored configuration, as strings keyed by dotted path (e.g. "optimizer.learningRate": "0.001").',
          default: {},
        },
        {
          name: 'requestedBy',
          type: 'string',
          doc: 'User or service that asked, e.g. monitoring-service or alice@example.com.',
        },
        {
          name: 'requestedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the request was made (epoch milliseconds, UTC).',
        },
      ],
    },
  },
  {
    name: 'TrainingRunStarted',
    release: 'v1',
    schema: {
      type: 'record',
      name: 'TrainingRunStarted',
      namespace: 'io.loopline.events',
      doc: 'A training run started. Everything needed to reproduce it is recorded here.',
      'loopline.key': 'modelName',
      fields: [
        {
          name: 'modelName',
          type: 'string',
          doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
        },
        { name: 'trainingRunId', type: 'string', doc: 'Identifier (UUID) of the run.' },
        {
          name: 'requestId',
          type: ['null', 'string'],
          default: null,
          doc: 'Training request that started the run; null when started by a new feature set without a request.',
        },
        { name: 'featureSetId', type: 'string', doc: 'Materialized feature set being trained on.' },
        { name: 'featureViewName', type: 'string', doc: 'Feature view of that feature set.' },
        {
          name: 'featureViewVersion',
          type: 'int',
          doc: 'Feature view version of that feature set.',
        },
        {
          name: 'datasetName',
          type: 'string',
          doc: 'Dataset the feature set was materialized from.',
        },
        {
          name: 'datasetVersionId',
          type: 'string',
          doc: 'Dataset version the feature set was materialized from.',
        },
        {
          name: 'datasetContentSha256',
          type: 'string',
          doc: 'Content hash of that dataset version.',
        },
        {
          name: 'task',
          type: {
            type: 'enum',
            name: 'ModelTask',
            doc: 'The learning task a model solves; decides which metrics apply.',
            symbols: [
              'binary_classification',
              'multiclass_classification',
              'regression',
              'unknown',
            ],
            default: 'unknown',
          },
          doc: 'Learning task of the model.',
        },
        {
          name: 'configHash',
          type: 'string',
          doc: 'Hex SHA-256 of the canonical JSON of the full training configuration.',
        },
        {
          name: 'config',
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
          doc: 'The full training configuration (JSON) in the object store.',
        },
        {
          name: 'hyperparameters',
          type: { type: 'map', values: 'string' },
          doc: 'Main hyperparameters rendered as strings (e.g. epochs, batchSize, learningRate, hiddenUnits), for quick comparison between runs.',
        },
        { name: 'seed', type: 'long', doc: 'Seed of initializers, dropout and data order.' },
        { name: 'codeCommit', type: 'string', doc: 'Git commit of the training code.' },
        {
          name: 'backend',
          type: 'string',
          doc: 'TensorFlow.js backend used: tensorflow-gpu, tensorflow, wasm or cpu.',
        },
        {
          name: 'attempt',
          type: 'int',
          doc: 'Attempt number of this run (1 for the first try).',
          default: 1,
        },
        {
          name: 'startedAt',
          type: { type: 'long', logicalType: 'timestamp-millis' },
          doc: 'When the run started (epoch milliseconds, UTC).',
        },
      ],
    },
  },
];
