// Generated from schemas/DriftDetected.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { DriftSeverity } from './types/drift-severity';
import type { FeatureDriftResult } from './types/feature-drift-result';

/**
 * Monitoring found that the inputs or outputs of a serving model drifted from its training reference in a window. Training may retrain on newer data.
 *
 * Topic `loopline.model-monitoring`, keyed by `modelName`.
 */
export interface DriftDetected {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier of the monitoring window. */
  windowId: string;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Training run of the monitored model; null when unknown. */
  trainingRunId: string | null;
  /** Feature set whose training split is the reference distribution. */
  referenceFeatureSetId: string;
  /** Start of the window (epoch milliseconds, UTC, inclusive). */
  windowStart: number;
  /** End of the window (epoch milliseconds, UTC, exclusive). */
  windowEnd: number;
  /** Number of rows in the window. */
  sampleSize: number;
  /** Number of rows in the reference. */
  referenceSampleSize: number;
  /** Drift result of every monitored feature, drifted or not. */
  features: FeatureDriftResult[];
  /** Share (0-1) of monitored features that drifted. */
  driftedFeatureShare: number;
  /** Overall severity of the drift. */
  severity: DriftSeverity;
  /** Full drift report (JSON with histograms); null when not written. */
  report: ArtifactRef | null;
  /** When the drift was detected (epoch milliseconds, UTC). */
  detectedAt: number;
}

/** The Avro schema of {@link DriftDetected}, exactly as in schemas/DriftDetected.avsc. */
export const DriftDetectedSchema: AvroSchemaDocument = {
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
                symbols: ['ks', 'chi_square', 'psi', 'jensen_shannon', 'wasserstein', 'unknown'],
                default: 'unknown',
              },
              doc: 'Test or distance that produced the statistic.',
            },
            { name: 'statistic', type: 'double', doc: 'Value of the test statistic or distance.' },
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
};
