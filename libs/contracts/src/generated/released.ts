// Generated from schemas/released/**/*.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import { AuditCheckpointRecordedSchema } from './audit-checkpoint-recorded';
import { DataBatchSubmittedSchema } from './data-batch-submitted';
import { DataContractRegisteredSchema } from './data-contract-registered';
import { DatasetRejectedSchema } from './dataset-rejected';
import { DatasetVersionCreatedSchema } from './dataset-version-created';
import { DriftDetectedSchema } from './drift-detected';
import { FeatureSetMaterializationFailedSchema } from './feature-set-materialization-failed';
import { FeatureSetMaterializedSchema } from './feature-set-materialized';
import { FeatureViewRegisteredSchema } from './feature-view-registered';
import { GroundTruthObservedSchema } from './ground-truth-observed';
import { ModelAliasAssignedSchema } from './model-alias-assigned';
import { ModelGateFailedSchema } from './model-gate-failed';
import { ModelGatePassedSchema } from './model-gate-passed';
import { ModelPolicyRegisteredSchema } from './model-policy-registered';
import { ModelTrainedSchema } from './model-trained';
import { ModelVersionRegisteredSchema } from './model-version-registered';
import { MonitoringWindowSummarizedSchema } from './monitoring-window-summarized';
import { OnlineFeaturesUpdatedSchema } from './online-features-updated';
import { PerformanceDegradedSchema } from './performance-degraded';
import { PredictionsLoggedSchema } from './predictions-logged';
import { PromotionApprovedSchema } from './promotion-approved';
import { PromotionRejectedSchema } from './promotion-rejected';
import { RollbackRequestedSchema } from './rollback-requested';
import { RolloutCompletedSchema } from './rollout-completed';
import { RolloutRolledBackSchema } from './rollout-rolled-back';
import { RolloutStartedSchema } from './rollout-started';
import { RolloutStepCompletedSchema } from './rollout-step-completed';
import { TrainingEpochCompletedSchema } from './training-epoch-completed';
import { TrainingFailedSchema } from './training-failed';
import { TrainingRequestedSchema } from './training-requested';
import { TrainingRunStartedSchema } from './training-run-started';

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
  { name: 'DataBatchSubmitted', release: 'v1', schema: DataBatchSubmittedSchema },
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
  { name: 'DriftDetected', release: 'v1', schema: DriftDetectedSchema },
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
  { name: 'FeatureViewRegistered', release: 'v1', schema: FeatureViewRegisteredSchema },
  { name: 'GroundTruthObserved', release: 'v1', schema: GroundTruthObservedSchema },
  { name: 'ModelAliasAssigned', release: 'v1', schema: ModelAliasAssignedSchema },
  { name: 'ModelGateFailed', release: 'v1', schema: ModelGateFailedSchema },
  { name: 'ModelGatePassed', release: 'v1', schema: ModelGatePassedSchema },
  { name: 'ModelTrained', release: 'v1', schema: ModelTrainedSchema },
  { name: 'ModelVersionRegistered', release: 'v1', schema: ModelVersionRegisteredSchema },
  { name: 'MonitoringWindowSummarized', release: 'v1', schema: MonitoringWindowSummarizedSchema },
  { name: 'PerformanceDegraded', release: 'v1', schema: PerformanceDegradedSchema },
  { name: 'PredictionsLogged', release: 'v1', schema: PredictionsLoggedSchema },
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
  { name: 'PromotionRejected', release: 'v1', schema: PromotionRejectedSchema },
  { name: 'RollbackRequested', release: 'v1', schema: RollbackRequestedSchema },
  { name: 'RolloutCompleted', release: 'v1', schema: RolloutCompletedSchema },
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
  { name: 'RolloutStepCompleted', release: 'v1', schema: RolloutStepCompletedSchema },
  { name: 'TrainingEpochCompleted', release: 'v1', schema: TrainingEpochCompletedSchema },
  { name: 'TrainingFailed', release: 'v1', schema: TrainingFailedSchema },
  { name: 'TrainingRequested', release: 'v1', schema: TrainingRequestedSchema },
  { name: 'TrainingRunStarted', release: 'v1', schema: TrainingRunStartedSchema },
  { name: 'AuditCheckpointRecorded', release: 'v2', schema: AuditCheckpointRecordedSchema },
  { name: 'DataContractRegistered', release: 'v3', schema: DataContractRegisteredSchema },
  { name: 'DatasetRejected', release: 'v3', schema: DatasetRejectedSchema },
  { name: 'DatasetVersionCreated', release: 'v3', schema: DatasetVersionCreatedSchema },
  {
    name: 'FeatureSetMaterializationFailed',
    release: 'v4',
    schema: FeatureSetMaterializationFailedSchema,
  },
  { name: 'OnlineFeaturesUpdated', release: 'v4', schema: OnlineFeaturesUpdatedSchema },
  {
    name: 'FeatureSetMaterialized',
    release: 'v5',
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
          name: 'testInputs',
          type: ['null', 'io.loopline.events.ArtifactRef'],
          default: null,
          doc: "The test split's rows before the transform (Arrow IPC: every input column the view reads, windowed aggregations included, plus the label column), so a model with another fitted transform can be scored on exactly the same rows and sliced by raw values; null for feature sets materialized before it was written.",
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
  { name: 'PromotionApproved', release: 'v5', schema: PromotionApprovedSchema },
  { name: 'ModelPolicyRegistered', release: 'v6', schema: ModelPolicyRegisteredSchema },
  { name: 'RolloutRolledBack', release: 'v6', schema: RolloutRolledBackSchema },
  { name: 'RolloutStarted', release: 'v6', schema: RolloutStartedSchema },
  { name: 'FeatureSetMaterialized', release: 'v7', schema: FeatureSetMaterializedSchema },
];
