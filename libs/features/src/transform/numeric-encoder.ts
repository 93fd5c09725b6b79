import type { FeatureDefinition } from '../definition/feature-view-definition';
import { bucketBoundaries, bucketLabels } from './bucketize-step';
import type { EncodedColumn } from './encoded-features';
import { columnOfType, type EncodedShape, type FeatureEncoder } from './feature-encoder';
import { runNumericChain } from './numeric-chain';
import type { FittedOf } from './step-types';
import type { FittedStep } from './transform-spec';

/**
 * A numeric chain: its value as one dense column (or, ending with bucketize, a one-hot block of
 * buckets), then a `${name}__missing` column per impute step with an indicator. Values are kept
 * in Float64 through the chain and rounded to Float32 once, when stored.
 */
export function numericEncoder(
  feature: FeatureDefinition,
  fitted: readonly (FittedStep | null)[],
): FeatureEncoder {
  const { name, transform: steps } = feature;
  const last = steps[steps.length - 1];
  const labels =
    last?.kind === 'bucketize'
      ? bucketLabels(
          bucketBoundaries(last, fitted[steps.length - 1] as FittedOf<'bucketize'> | null),
        )
      : null;
  const shapes: EncodedShape[] = [
    labels === null ? { kind: 'dense', name } : { kind: 'one_hot', name, labels },
  ];
  for (const step of steps) {
    if (step.kind === 'impute' && step.indicator === true) {
      shapes.push({ kind: 'dense', name: `${name}__missing` });
    }
  }
  return {
    shapes,
    encode(column) {
      // A copy: the chain works in place and the caller's batch must stay untouched.
      const values = columnOfType(column, 'numeric').values.slice();
      const out = runNumericChain(steps, fitted, values);
      const first: EncodedColumn =
        out.buckets === null || labels === null
          ? { kind: 'dense', name, values: new Float32Array(out.values) }
          : { kind: 'one_hot', name, labels, index: out.buckets };
      const indicators = out.indicators.map((values): EncodedColumn => ({
        kind: 'dense',
        name: `${name}__missing`,
        values,
      }));
      return [first, ...indicators];
    },
  };
}
