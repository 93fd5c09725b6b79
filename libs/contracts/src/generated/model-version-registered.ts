// Generated from schemas/ModelVersionRegistered.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { ModelLineage } from './types/model-lineage';
import type { ModelTask } from './types/model-task';

/**
 * The registry recorded a trained model as a new, numbered model version with its full lineage.
 *
 * Topic `loopline.model-registry`, keyed by `modelName`.
 */
export interface ModelVersionRegistered {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Version number assigned by the registry, starting at 1 per model. */
  modelVersion: number;
  /** Lineage of the model version. */
  lineage: ModelLineage;
  /** Learning task of the model. */
  task: ModelTask;
  /** The model artifact. */
  artifact: ArtifactRef;
  /** The transform bundle saved with the model. */
  transform: ArtifactRef;
  /** Headline metrics recorded with the version, keyed by split-qualified name, e.g. test.auc. */
  metrics: Record<string, number>;
  /** Model card (Markdown) generated for the version; null until written. */
  modelCard: ArtifactRef | null;
  /** Free-form tags of the version. */
  tags: Record<string, string>;
  /** When the version was registered (epoch milliseconds, UTC). */
  registeredAt: number;
}

/** The Avro schema of {@link ModelVersionRegistered}, exactly as in schemas/ModelVersionRegistered.avsc. */
export const ModelVersionRegisteredSchema: AvroSchemaDocument = {
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
          { name: 'codeCommit', type: 'string', doc: 'Git commit of the training code that ran.' },
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
};
