// Generated from schemas/ModelGatePassed.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { GateCheckResult } from './types/gate-check-result';
import type { ModelLineage } from './types/model-lineage';

/**
 * A trained model passed every check of its evaluation gate policy and may be registered and rolled out.
 *
 * Topic `loopline.model-evaluations`, keyed by `modelName`.
 */
export interface ModelGatePassed {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier (UUID) of the evaluation. */
  evaluationId: string;
  /** Lineage of the evaluated model (its training run, data, features, configuration and code). */
  lineage: ModelLineage;
  /** The evaluated model artifact. */
  artifact: ArtifactRef;
  /** The transform bundle saved with the model. */
  transform: ArtifactRef;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Gate policy applied, e.g. default-binary-classifier. */
  policyName: string;
  /** Version of the gate policy applied. */
  policyVersion: number;
  /** Result of every check of the policy (all passed). */
  checks: GateCheckResult[];
  /** Model version compared against (the production alias at evaluation time); null when none was in production. */
  baselineModelVersion: number | null;
  /** All metrics computed by the evaluation, keyed by split-qualified name, e.g. test.auc. */
  metrics: Record<string, number>;
  /** Full evaluation report (JSON: slices, confusion matrix, calibration); null when not written. */
  report: ArtifactRef | null;
  /** When the evaluation finished (epoch milliseconds, UTC). */
  evaluatedAt: number;
}

/** The Avro schema of {@link ModelGatePassed}, exactly as in schemas/ModelGatePassed.avsc. */
export const ModelGatePassedSchema: AvroSchemaDocument = {
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
          { name: 'codeCommit', type: 'string', doc: 'Git commit of the training code that ran.' },
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
            { name: 'message', type: 'string', doc: 'Human-readable explanation of the outcome.' },
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
};
