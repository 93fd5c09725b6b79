// Generated from schemas/RolloutCompleted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ModelLineage } from './types/model-lineage';
import type { RolloutStrategy } from './types/rollout-strategy';

/**
 * A rollout finished: the new version serves all traffic and the target alias moves to it. Monitoring switches its reference to this model.
 *
 * Topic `loopline.rollouts`, keyed by `modelName`.
 */
export interface RolloutCompleted {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier of the rollout. */
  rolloutId: string;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Lineage of the model now serving; monitoring uses its feature set as the drift reference. */
  lineage: ModelLineage;
  /** Strategy the rollout used. */
  strategy: RolloutStrategy;
  /** Serving endpoint. */
  endpointName: string;
  /** Version that served before; null for a first deployment. */
  previousModelVersion: number | null;
  /** Alias that now points at the new version. */
  targetAlias: string;
  /** Duration of the rollout in milliseconds. */
  durationMs: number;
  /** When the rollout completed (epoch milliseconds, UTC). */
  completedAt: number;
}

/** The Avro schema of {@link RolloutCompleted}, exactly as in schemas/RolloutCompleted.avsc. */
export const RolloutCompletedSchema: AvroSchemaDocument = {
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
          { name: 'codeCommit', type: 'string', doc: 'Git commit of the training code that ran.' },
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
};
