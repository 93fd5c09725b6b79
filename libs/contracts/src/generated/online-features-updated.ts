// Generated from schemas/OnlineFeaturesUpdated.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { OnlineFeatureValue } from './types/online-feature-value';

/**
 * The latest windowed-aggregate values of one entity for one feature view version, published by the feature store after each materialization. The topic is compacted and keyed by featureKey: it holds the latest snapshot per entity, which serving reads from the beginning and keeps in memory. A snapshot, not a lifecycle event: it is re-published on every materialization.
 *
 * Topic `loopline.online-features`, keyed by `featureKey`. The topic is compacted: it keeps the latest message per key.
 */
export interface OnlineFeaturesUpdated {
  /** "<featureViewName>@<featureViewVersion>/<entity>", e.g. flight-delay@3/SEA; the aggregate key and the compaction key, so a later snapshot of the same entity and view version replaces the earlier one. */
  featureKey: string;
  /** Name of the feature view the values were computed for. */
  featureViewName: string;
  /** Version of the feature view the values were computed for. */
  featureViewVersion: number;
  /** Entity the values describe: the value of the view's entity column, e.g. an airport code. */
  entity: string;
  /** Every aggregate feature of the view version for the entity, in the view's order. */
  values: OnlineFeatureValue[];
  /** Point in time the values hold at (epoch milliseconds, UTC): they cover events strictly before it. */
  asOf: number;
  /** Identifier (UUID) of the materialization that computed the values. */
  featureSetId: string;
  /** Dataset version the values were computed from. */
  datasetVersionId: string;
  /** When the feature store published the values (epoch milliseconds, UTC). */
  updatedAt: number;
}

/** The Avro schema of {@link OnlineFeaturesUpdated}, exactly as in schemas/OnlineFeaturesUpdated.avsc. */
export const OnlineFeaturesUpdatedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'OnlineFeaturesUpdated',
  namespace: 'io.loopline.events',
  doc: 'The latest windowed-aggregate values of one entity for one feature view version, published by the feature store after each materialization. The topic is compacted and keyed by featureKey: it holds the latest snapshot per entity, which serving reads from the beginning and keeps in memory. A snapshot, not a lifecycle event: it is re-published on every materialization.',
  'loopline.key': 'featureKey',
  fields: [
    {
      name: 'featureKey',
      type: 'string',
      doc: '"<featureViewName>@<featureViewVersion>/<entity>", e.g. flight-delay@3/SEA; the aggregate key and the compaction key, so a later snapshot of the same entity and view version replaces the earlier one.',
    },
    {
      name: 'featureViewName',
      type: 'string',
      doc: 'Name of the feature view the values were computed for.',
    },
    {
      name: 'featureViewVersion',
      type: 'int',
      doc: 'Version of the feature view the values were computed for.',
    },
    {
      name: 'entity',
      type: 'string',
      doc: "Entity the values describe: the value of the view's entity column, e.g. an airport code.",
    },
    {
      name: 'values',
      type: {
        type: 'array',
        items: {
          type: 'record',
          name: 'OnlineFeatureValue',
          doc: 'The latest value of one windowed-aggregate feature of an entity.',
          fields: [
            { name: 'name', type: 'string', doc: 'Feature name, as the feature view defines it.' },
            {
              name: 'value',
              type: ['null', 'double'],
              default: null,
              doc: "The aggregate's value; null when it has none, e.g. a mean over an empty window.",
            },
          ],
        },
      },
      doc: "Every aggregate feature of the view version for the entity, in the view's order.",
    },
    {
      name: 'asOf',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'Point in time the values hold at (epoch milliseconds, UTC): they cover events strictly before it.',
    },
    {
      name: 'featureSetId',
      type: 'string',
      doc: 'Identifier (UUID) of the materialization that computed the values.',
    },
    {
      name: 'datasetVersionId',
      type: 'string',
      doc: 'Dataset version the values were computed from.',
    },
    {
      name: 'updatedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the feature store published the values (epoch milliseconds, UTC).',
    },
  ],
};
