import type { TransformStep } from '../definition/feature-view-definition';
import { bucketBoundaries, bucketIndices, fitBucketize } from './bucketize-step';
import { applyClip } from './clip-step';
import { applyImpute, fitImpute, missingIndicator } from './impute-step';
import { applyLog1p } from './log1p-step';
import { applyMinMax, fitMinMax } from './min-max-step';
import { applyStandardize, fitStandardize } from './standardize-step';
import type { FittedOf } from './step-types';
import type { FittedStep } from './transform-spec';

/** What a numeric chain produced for a batch, before rounding to Float32. */
export interface NumericChainOutput {
  /** The chain's final values (NaN where missing and never imputed). */
  values: Float64Array;
  /** One 0/1 column per `impute` step with `indicator`, in step order. */
  indicators: Float32Array[];
  /** Bucket per row when the chain ends with `bucketize` (then `values` is its input). */
  buckets: Int32Array | null;
}

/** A fitted entry of the expected kind; a compiled spec has been checked, so a mismatch is a bug. */
function fittedOf<K extends FittedStep['kind']>(fitted: FittedStep | null, kind: K): FittedOf<K> {
  if (fitted === null || fitted.kind !== kind) {
    throw new Error(`Expected fitted ${kind} statistics, found ${fitted?.kind ?? 'null'}.`);
  }
  return fitted as FittedOf<K>;
}

/**
 * Applies a numeric chain in place over a Float64 working copy, step by step. When `fitted` is
 * null the chain is being fitted: each step is fitted on the output of the steps before it and
 * its statistics are pushed to `fittedOut`. Fitting and serving run this same code, so the
 * statistics describe exactly the values the transform later sees.
 */
export function runNumericChain(
  steps: readonly TransformStep[],
  fitted: readonly (FittedStep | null)[] | null,
  values: Float64Array,
  fittedOut: (FittedStep | null)[] = [],
): NumericChainOutput {
  const indicators: Float32Array[] = [];
  let buckets: Int32Array | null = null;
  steps.forEach((step, s) => {
    const given = fitted === null ? undefined : fitted[s];
    switch (step.kind) {
      case 'impute': {
        const fit = given === undefined ? fitImpute(step, values) : fittedOf(given, 'impute');
        if (step.indicator === true) indicators.push(missingIndicator(values));
        applyImpute(values, fit);
        fittedOut.push(fit);
        return;
      }
      case 'clip':
        applyClip(values, step);
        fittedOut.push(null);
        return;
      case 'log1p':
        applyLog1p(values);
        fittedOut.push(null);
        return;
      case 'standardize': {
        const fit = given === undefined ? fitStandardize(values) : fittedOf(given, 'standardize');
        applyStandardize(values, fit);
        fittedOut.push(fit);
        return;
      }
      case 'min_max': {
        const fit = given === undefined ? fitMinMax(values) : fittedOf(given, 'min_max');
        applyMinMax(values, fit);
        fittedOut.push(fit);
        return;
      }
      case 'bucketize': {
        const fit =
          given === undefined
            ? fitBucketize(step, values)
            : given === null
              ? null
              : fittedOf(given, 'bucketize');
        buckets = bucketIndices(values, bucketBoundaries(step, fit));
        fittedOut.push(fit);
        return;
      }
      default:
        throw new Error(`Step ${step.kind} does not take a numeric value.`);
    }
  });
  return { values, indicators, buckets };
}
