// Generated from schemas/FeatureSetMaterialized.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { DataSplit } from './types/data-split';

/**
 * The feature store materialized a feature view over a dataset version into train/validation/test splits ready for training, and fitted the transform statistics on the training split.
 *
 * Topic `loopline.feature-views`, keyed by `featureViewName`.
 */
export interface FeatureSetMaterialized {
  /** Name of the feature view; the aggregate key. */
  featureViewName: string;
  /** Version of the feature view that was materialized. */
  featureViewVersion: number;
  /** Identifier (UUID) of the materialized feature set. */
  featureSetId: string;
  /** Dataset the features were computed from. */
  datasetName: string;
  /** Dataset version the features were computed from. */
  datasetVersionId: string;
  /** Content hash of that dataset version, so the exact input can be verified. */
  datasetContentSha256: string;
  /** The splits, each stored as its own object. */
  splits: DataSplit[];
  /** Seed of the deterministic split, so the same inputs give the same splits. */
  splitSeed: number;
  /** Transform statistics fitted on the training split (means, deviations, vocabularies); saved with every model trained on this set. */
  transformStatistics: ArtifactRef;
  /** Feature distribution profile of the training split, used by monitoring as the drift reference; null when not computed. */
  referenceProfile: ArtifactRef | null;
  /** The test split's rows before the transform (Arrow IPC: every input column the view reads, windowed aggregations included, plus the label column), so a model with another fitted transform can be scored on exactly the same rows and sliced by raw values; null for feature sets materialized before it was written. */
  testInputs: ArtifactRef | null;
  /** Drift reference of the training split's raw inputs (JSON, format loopline.drift-reference/v1: quantile-binned numeric columns, category counts, timestamp columns as hour and weekday), the columns prediction logs carry under the same names; monitoring compares its windows with it. Null when not computed. */
  driftReference: ArtifactRef | null;
  /** Model-input feature names in order. */
  featureNames: string[];
  /** Label column; null for unlabelled feature sets. */
  labelColumn: string | null;
  /** Total rows across all splits. */
  rowCount: number;
  /** Point-in-time cut-off of the materialization (epoch milliseconds, UTC); null when the whole version was used. */
  asOf: number | null;
  /** When materialization finished (epoch milliseconds, UTC). */
  materializedAt: number;
}

/** The Avro schema of {@link FeatureSetMaterialized}, exactly as in schemas/FeatureSetMaterialized.avsc. */
export const FeatureSetMaterializedSchema: AvroSchemaDocument = {
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
      name: 'driftReference',
      type: ['null', 'io.loopline.events.ArtifactRef'],
      default: null,
      doc: "Drift reference of the training split's raw inputs (JSON, format loopline.drift-reference/v1: quantile-binned numeric columns, category counts, timestamp columns as hour and weekday), the columns prediction logs carry under the same names; monitoring compares its windows with it. Null when not computed.",
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
};
