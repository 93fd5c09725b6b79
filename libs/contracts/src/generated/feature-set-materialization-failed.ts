// Generated from schemas/FeatureSetMaterializationFailed.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * The feature store failed to materialize a feature view version over a dataset version. Nothing of the attempt is usable: no feature set and no online values were published for it.
 *
 * Topic `loopline.feature-views`, keyed by `featureViewName`.
 */
export interface FeatureSetMaterializationFailed {
  /** Name of the feature view; the aggregate key. */
  featureViewName: string;
  /** Version of the feature view whose materialization failed. */
  featureViewVersion: number;
  /** Identifier (UUID) the feature set would have had, to correlate the attempt with its logs. */
  featureSetId: string;
  /** Dataset the features were to be computed from. */
  datasetName: string;
  /** Dataset version the features were to be computed from. */
  datasetVersionId: string;
  /** Stable platform error code, e.g. FEATURE_STORE.MISSING_COLUMN. */
  errorCode: string;
  /** What went wrong and what to do next, e.g. which column the dataset version lacks. */
  reason: string;
  /** When the materialization failed (epoch milliseconds, UTC). */
  failedAt: number;
}

/** The Avro schema of {@link FeatureSetMaterializationFailed}, exactly as in schemas/FeatureSetMaterializationFailed.avsc. */
export const FeatureSetMaterializationFailedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'FeatureSetMaterializationFailed',
  namespace: 'io.loopline.events',
  doc: 'The feature store failed to materialize a feature view version over a dataset version. Nothing of the attempt is usable: no feature set and no online values were published for it.',
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
      doc: 'Version of the feature view whose materialization failed.',
    },
    {
      name: 'featureSetId',
      type: 'string',
      doc: 'Identifier (UUID) the feature set would have had, to correlate the attempt with its logs.',
    },
    { name: 'datasetName', type: 'string', doc: 'Dataset the features were to be computed from.' },
    {
      name: 'datasetVersionId',
      type: 'string',
      doc: 'Dataset version the features were to be computed from.',
    },
    {
      name: 'errorCode',
      type: 'string',
      doc: 'Stable platform error code, e.g. FEATURE_STORE.MISSING_COLUMN.',
    },
    {
      name: 'reason',
      type: 'string',
      doc: 'What went wrong and what to do next, e.g. which column the dataset version lacks.',
    },
    {
      name: 'failedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the materialization failed (epoch milliseconds, UTC).',
    },
  ],
};
