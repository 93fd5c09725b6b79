// Generated from schemas/TrainingRunStarted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { ModelTask } from './types/model-task';

/**
 * A training run started. Everything needed to reproduce it is recorded here.
 *
 * Topic `loopline.training-runs`, keyed by `modelName`.
 */
export interface TrainingRunStarted {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier (UUID) of the run. */
  trainingRunId: string;
  /** Training request that started the run; null when started by a new feature set without a request. */
  requestId: string | null;
  /** Materialized feature set being trained on. */
  featureSetId: string;
  /** Feature view of that feature set. */
  featureViewName: string;
  /** Feature view version of that feature set. */
  featureViewVersion: number;
  /** Dataset the feature set was materialized from. */
  datasetName: string;
  /** Dataset version the feature set was materialized from. */
  datasetVersionId: string;
  /** Content hash of that dataset version. */
  datasetContentSha256: string;
  /** Learning task of the model. */
  task: ModelTask;
  /** Hex SHA-256 of the canonical JSON of the full training configuration. */
  configHash: string;
  /** The full training configuration (JSON) in the object store. */
  config: ArtifactRef;
  /** Main hyperparameters rendered as strings (e.g. epochs, batchSize, learningRate, hiddenUnits), for quick comparison between runs. */
  hyperparameters: Record<string, string>;
  /** Seed of initializers, dropout and data order. */
  seed: number;
  /** Git commit of the training code. */
  codeCommit: string;
  /** TensorFlow.js backend used: tensorflow-gpu, tensorflow, wasm or cpu. */
  backend: string;
  /** Attempt number of this run (1 for the first try). */
  attempt: number;
  /** When the run started (epoch milliseconds, UTC). */
  startedAt: number;
}

/** The Avro schema of {@link TrainingRunStarted}, exactly as in schemas/TrainingRunStarted.avsc. */
export const TrainingRunStartedSchema: AvroSchemaDocument = {
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
    { name: 'featureViewVersion', type: 'int', doc: 'Feature view version of that feature set.' },
    { name: 'datasetName', type: 'string', doc: 'Dataset the feature set was materialized from.' },
    {
      name: 'datasetVersionId',
      type: 'string',
      doc: 'Dataset version the feature set was materialized from.',
    },
    { name: 'datasetContentSha256', type: 'string', doc: 'Content hash of that dataset version.' },
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
};
