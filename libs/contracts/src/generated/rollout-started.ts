// Generated from schemas/RolloutStarted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { ModelLineage } from './types/model-lineage';
import type { RolloutStep } from './types/rollout-step';
import type { RolloutStrategy } from './types/rollout-strategy';

/**
 * Deployment started exposing a model version to traffic under a strategy, with the planned steps and the guardrails that abort it.
 *
 * Topic `loopline.rollouts`, keyed by `modelName`.
 */
export interface RolloutStarted {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier (UUID) of the rollout. */
  rolloutId: string;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Lineage of the model being rolled out. */
  lineage: ModelLineage;
  /** The model artifact being deployed. */
  artifact: ArtifactRef;
  /** The transform bundle deployed with the model. */
  transform: ArtifactRef;
  /** Rollout strategy. */
  strategy: RolloutStrategy;
  /** Serving endpoint the model is deployed to. */
  endpointName: string;
  /** Version serving the endpoint before the rollout; null for a first deployment. */
  previousModelVersion: number | null;
  /** Alias that moves to the new version when the rollout completes, e.g. production. */
  targetAlias: string;
  /** Planned steps in order. */
  steps: RolloutStep[];
  /** Upper bound per serving metric (e.g. error_rate: 0.01, p95_latency_ms: 50); breaching any rolls the rollout back. */
  guardrails: Record<string, number>;
  /** When the rollout started (epoch milliseconds, UTC). */
  startedAt: number;
}

/** The Avro schema of {@link RolloutStarted}, exactly as in schemas/RolloutStarted.avsc. */
export const RolloutStartedSchema: AvroSchemaDocument = {
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
          { name: 'codeCommit', type: 'string', doc: 'Git commit of the training code that ran.' },
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
            {
              name: 'minRequests',
              type: 'int',
              default: 0,
              doc: 'Minimum requests the new version must answer during the step (for shadow, mirrored requests) before it can end; 0 when only time counts.',
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
};
