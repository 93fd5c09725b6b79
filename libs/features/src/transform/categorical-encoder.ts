import type { FeatureDefinition } from '../definition/feature-view-definition';
import type { FeatureEncoder } from './feature-encoder';
import { columnOfType } from './feature-encoder';
import { hashIndices, hashLabels } from './hash-step';
import { oneHotIndices, oneHotLabels } from './one-hot-step';
import type { FittedOf } from './step-types';
import type { FittedStep } from './transform-spec';

/** A categorical chain (one `one_hot` or `hash` step): one one-hot block named after the feature. */
export function categoricalEncoder(
  feature: FeatureDefinition,
  fitted: readonly (FittedStep | null)[],
): FeatureEncoder {
  const { name } = feature;
  const step = feature.transform[0];
  if (step.kind === 'one_hot') {
    const vocabulary = fitted[0] as FittedOf<'one_hot'>;
    const labels = oneHotLabels(vocabulary);
    return {
      shapes: [{ kind: 'one_hot', name, labels }],
      encode: (column) => [
        {
          kind: 'one_hot',
          name,
          labels,
          index: oneHotIndices(columnOfType(column, 'categorical'), vocabulary),
        },
      ],
    };
  }
  if (step.kind === 'hash') {
    const labels = hashLabels(step);
    return {
      shapes: [{ kind: 'one_hot', name, labels }],
      encode: (column) => [
        {
          kind: 'one_hot',
          name,
          labels,
          index: hashIndices(columnOfType(column, 'categorical'), step),
        },
      ],
    };
  }
  throw new Error(`Feature ${name}: step ${step.kind} does not take a categorical value.`);
}
