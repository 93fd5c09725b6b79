import type { Problem } from '../errors/problem';
import type { RawColumnType } from '../transform/raw-batch';
import type { TransformStep } from './feature-view-definition';
import { childPath, itemPath } from './field-reader';
import { inputTypeOfStep } from './step-input-type';

const NUMERIC_HINT =
  'a numeric chain is any of impute, clip, log1p, standardize, min_max, optionally ended by one bucketize';

/**
 * Checks that a feature's steps form one of the three chain shapes (see TransformStep): a
 * numeric chain, optionally ended by one bucketize (its output is buckets, no longer a number);
 * or exactly one categorical step; or exactly one datetime_part. Returns the raw column type
 * the chain reads, its first step's (numeric when empty), even when the rest is faulty.
 */
export function checkTransformChain(
  steps: readonly TransformStep[],
  path: string,
  problems: Problem[],
): RawColumnType {
  if (steps.length === 0) return 'numeric';
  const first = steps[0].kind;
  const type = inputTypeOfStep(first);
  steps.forEach((step, j) => {
    if (j === 0) return;
    const kindPath = childPath(itemPath(path, j), 'kind');
    if (type !== 'numeric') {
      problems.push({
        path: kindPath,
        message:
          `'${first}' reads a ${type} value and must be the only step of its chain; ` +
          `remove '${step.kind}' or make it a separate feature`,
      });
    } else if (inputTypeOfStep(step.kind) !== 'numeric') {
      problems.push({
        path: kindPath,
        message:
          `'${step.kind}' reads a ${inputTypeOfStep(step.kind)} value but this chain reads a number ` +
          `(it starts with '${first}'); ${NUMERIC_HINT}`,
      });
    }
  });
  if (type === 'numeric') {
    steps.forEach((step, j) => {
      if (step.kind === 'bucketize' && j < steps.length - 1) {
        problems.push({
          path: childPath(itemPath(path, j), 'kind'),
          message: `bucketize must be the last step (its output is buckets, not a number); ${NUMERIC_HINT}`,
        });
      }
    });
  }
  return type;
}
