// Generated from schemas/FeatureViewRegistered.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';
import type { FeatureDefinition } from './types/feature-definition';

/**
 * A new version of a feature view (a named, versioned set of transforms over a dataset) was registered. Training and serving both use this exact transform definition, so there is no training-serving skew.
 *
 * Topic `loopline.feature-views`, keyed by `featureViewName`.
 */
export interface FeatureViewRegistered {
  /** Name of the feature view; the aggregate key. */
  featureViewName: string;
  /** Version of the feature view, starting at 1; a version is immutable. */
  featureViewVersion: number;
  /** Dataset the feature view reads from. */
  sourceDatasetName: string;
  /** Columns that identify an entity, e.g. ["flight_id"]. */
  entityKeys: string[];
  /** Event-time column used for point-in-time joins; null when the data has no event time. */
  timestampColumn: string | null;
  /** Column holding the training label; null for feature views without a label. */
  labelColumn: string | null;
  /** Output features in model-input order. */
  features: FeatureDefinition[];
  /** The serialized transform definition (JSON) shared by training and serving. */
  transformSpec: ArtifactRef;
  /** Team or person responsible for the feature view. */
  owner: string;
  /** When the version was registered (epoch milliseconds, UTC). */
  registeredAt: number;
}

/** The Avro schema of {@link FeatureViewRegistered}, exactly as in schemas/FeatureViewRegistered.avsc. */
export const FeatureViewRegisteredSchema: AvroSchemaDocument = {
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
};
