import type { RawColumnType } from '../transform/raw-batch';
import type { TransformKind, TransformStep } from './feature-view-definition';

const INPUT_TYPE_OF_KIND: Record<TransformKind, RawColumnType> = {
  impute: 'numeric',
  clip: 'numeric',
  log1p: 'numeric',
  standardize: 'numeric',
  min_max: 'numeric',
  bucketize: 'numeric',
  one_hot: 'categorical',
  hash: 'categorical',
  datetime_part: 'timestamp',
};

/** The raw column type a transform chain reads: its first step's, numeric for an empty chain. */
export function inputTypeOfChain(steps: readonly TransformStep[]): RawColumnType {
  return steps.length === 0 ? 'numeric' : INPUT_TYPE_OF_KIND[steps[0].kind];
}

/** The raw column type a single step reads. */
export function inputTypeOfStep(kind: TransformKind): RawColumnType {
  return INPUT_TYPE_OF_KIND[kind];
}
