import type { OnlineFeaturesUpdated } from '@loopline/contracts';

/**
 * Feature values of one entity by feature name; null where the aggregate has no value (a mean
 * over an empty window). Frozen and without prototype, so a feature called `constructor` or
 * `__proto__` reads like any other.
 */
export type OnlineFeatureValues = Readonly<Record<string, number | null>>;

/** What the view holds for one featureKey: the latest snapshot, ready to serve. */
export interface OnlineFeatureEntry {
  readonly featureKey: string;
  readonly featureViewName: string;
  readonly featureViewVersion: number;
  readonly entity: string;
  /** Built once at ingest: lookups hand out this very object. */
  readonly values: OnlineFeatureValues;
  /** The values cover events strictly before this instant (epoch ms). */
  readonly asOf: number;
  readonly featureSetId: string;
  readonly datasetVersionId: string;
  /** When the feature store published the snapshot (epoch ms). */
  readonly updatedAt: number;
}

/** Turns a decoded snapshot into the entry the view serves, values prebuilt and frozen. */
export function toOnlineFeatureEntry(payload: OnlineFeaturesUpdated): OnlineFeatureEntry {
  const values: Record<string, number | null> = Object.create(null) as Record<
    string,
    number | null
  >;
  for (const { name, value } of payload.values) values[name] = value;
  return Object.freeze({
    featureKey: payload.featureKey,
    featureViewName: payload.featureViewName,
    featureViewVersion: payload.featureViewVersion,
    entity: payload.entity,
    values: Object.freeze(values),
    asOf: payload.asOf,
    featureSetId: payload.featureSetId,
    datasetVersionId: payload.datasetVersionId,
    updatedAt: payload.updatedAt,
  });
}
