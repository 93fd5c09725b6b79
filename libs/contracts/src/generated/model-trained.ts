// Generated from schemas/ModelTrained.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { ModelLineage } from './types/model-lineage';
import type { ModelTask } from './types/model-task';

/**
 * A training run finished successfully and stored a model artifact together with its transform, ready for evaluation and registration.
 *
 * Topic `loopline.training-runs`, keyed by `modelName`.
 */
export interface ModelTrained {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Data, features, configuration and code the model came from. */
  lineage: ModelLineage;
  /** Learning task of the model. */
  task: ModelTask;
  /** The model artifact (TensorFlow.js model archive) in the object store. */
  artifact: ArtifactRef;
  /** The transform bundle (feature view definition plus fitted statistics) saved with the model, applied identically at serving time. */
  transform: ArtifactRef;
  /** Model-input feature names in order. */
  featureNames: string[];
  /** Label the model predicts. */
  labelColumn: string;
  /** Final metrics on the training split, e.g. loss, accuracy. */
  trainingMetrics: Record<string, number>;
  /** Final metrics on the validation split. */
  validationMetrics: Record<string, number>;
  /** Metrics on the held-out test split; evaluation gates read these. */
  testMetrics: Record<string, number>;
  /** Number of epochs actually trained. */
  epochs: number;
  /** Number of trainable parameters. */
  parameterCount: number;
  /** Seed used by the run. */
  seed: number;
  /** TensorFlow.js backend used: tensorflow-gpu, tensorflow, wasm or cpu. */
  backend: string;
  /** Version of TensorFlow.js used. */
  frameworkVersion: string;
  /** Wall-clock duration of the run in milliseconds. */
  durationMs: number;
  /** When the run finished (epoch milliseconds, UTC). */
  completedAt: number;
}

/** The Avro schema of {@link ModelTrained}, exactly as in schemas/ModelTrained.avsc. */
export const ModelTrainedSchema: AvroSchemaDocument = {
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
          { name: 'codeCommit', type: 'string', doc: 'Git commit of the training code that ran.' },
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
        symbols: ['binary_classification', 'multiclass_classification', 'regression', 'unknown'],
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
    { name: 'durationMs', type: 'long', doc: 'Wall-clock duration of the run in milliseconds.' },
    {
      name: 'completedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the run finished (epoch milliseconds, UTC).',
    },
  ],
};
