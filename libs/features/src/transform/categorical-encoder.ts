import type { FeatureDefinition } from '../definition/feature-view-definition';
import type { FeatureEncoder } from './feature-encoder';
import { columnOfType } from './feature-encoder';
import { hashIndices, hashLabels } from './hash-step';
import { oneHotIndices, oneHotLabels } from './one-hot-step';
import type { FittedOf } from './step-types';
import type { RawColumn } from './raw-batch';
import type { FittedStep } from './transform-spec';

type CategoricalColumn = Extract<RawColumn, { type: 'categorical' }>;

/** A categorical chain (one `one_hot` or `hash` step): one one-hot block named after the feature. */
export function categoricalEncoder(
  feature: FeatureDefinition,
  fitted: readonly (FittedStep | null)[],
): FeatureEncoder {
  const { name } = feature;
  const step = feature.transform[0];
  const block = categoricalBlock(step, fitted[0]);
  if (block !== null) {
    const { labels, indices } = block;
    return {
      shapes: [{ kind: 'one_hot', name, labels }],
      encode: (column) => [
        { kind: 'one_hot', name, labels, index: indices(columnOfType(column, 'categorical')) },
      ],
    };
  }
  throw new Error(`Feature ${name}: step ${step.kind} does not take a categorical value.`);
}

/** The one-hot block a categorical step makes: its labels and how to index a column into it. */
function categoricalBlock(
  step: FeatureDefinition['transform'][number],
  fitted: FittedStep | null,
): { labels: readonly string[]; indices: (column: CategoricalColumn) => Int32Array } | null {
  if (step.kind === 'one_hot') {
    const vocabulary = fitted as FittedOf<'one_hot'>;
    return {
      labels: oneHotLabels(vocabulary),
      indices: (column) => oneHotIndices(column, vocabulary),
    };
  }
  if (step.kind === 'hash') {
    return { labels: hashLabels(step), indices: (column) => hashIndices(column, step) };
  }
  return null;
}
