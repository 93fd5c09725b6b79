import type {
  DatetimePart,
  FeatureDefinition,
  FeatureViewDefinition,
  TransformStep,
} from './feature-view-definition';

/** One model input as the FeatureViewRegistered event describes it. */
export interface FeatureOutput {
  name: string;
  /**
   * Dataset columns the feature is computed from: its source, or for an aggregation-sourced
   * feature the aggregation's column ([] for a count, which reads no column; the entity and
   * event time every aggregation reads are left out to keep this simple).
   */
  sourceColumns: string[];
  /** Step kinds joined with '+', e.g. 'impute+log1p+standardize'; 'identity' for an empty chain. */
  transform: string;
  dtype: 'float32';
  /** Upper bound of the tensor columns the feature expands to (see featureWidth). */
  width: number;
  description: string;
}

/** Values a datetime part can take, one column each when one-hot encoded (day 366: leap years). */
const PART_VALUES: Record<DatetimePart, number> = {
  hour: 24,
  weekday: 7,
  month: 12,
  day_of_year: 366,
  season: 4,
};

/**
 * Describes each feature of a (parsed) definition, in tensor order. Widths are upper bounds: a
 * one_hot with fewer frequent training values than maxCategories fills fewer real slots, but
 * keeps its declared width.
 */
export function describeFeatureOutputs(definition: FeatureViewDefinition): FeatureOutput[] {
  const aggregations = new Map(definition.aggregations.map((agg) => [agg.name, agg]));
  return definition.features.map((feature) => {
    const aggregation = aggregations.get(feature.source);
    const sourceColumns =
      aggregation === undefined
        ? [feature.source]
        : aggregation.function === 'count'
          ? []
          : [aggregation.column];
    return {
      name: feature.name,
      sourceColumns,
      transform:
        feature.transform.length === 0
          ? 'identity'
          : feature.transform.map((step) => step.kind).join('+'),
      dtype: 'float32',
      width: featureWidth(feature),
      description: feature.description,
    };
  });
}

/**
 * Tensor columns of one feature: a numeric chain is 1 column, or its buckets when it ends in
 * bucketize (boundaries + 1, or the quantile count), plus 1 per impute with `indicator`; one_hot
 * is maxCategories + 1 (the `other` slot); hash is its buckets; datetime_part is 2 (sin, cos)
 * cyclical, 1 ordinal, or one per value of the part one-hot.
 */
export function featureWidth(feature: FeatureDefinition): number {
  const indicators = feature.transform.filter(
    (step) => step.kind === 'impute' && step.indicator === true,
  ).length;
  const last = feature.transform.at(-1);
  return (last === undefined ? 1 : stepWidth(last)) + indicators;
}

function stepWidth(step: TransformStep): number {
  switch (step.kind) {
    case 'bucketize':
      return step.boundaries !== undefined ? step.boundaries.length + 1 : (step.quantiles ?? 1);
    case 'one_hot':
      return step.maxCategories + 1;
    case 'hash':
      return step.buckets;
    case 'datetime_part':
      return step.encoding === 'cyclical'
        ? 2
        : step.encoding === 'ordinal'
          ? 1
          : PART_VALUES[step.part];
    default:
      return 1;
  }
}
