import type { FeatureDefinition } from '../definition/feature-view-definition';
import { inputTypeOfChain } from '../definition/step-input-type';
import { categoricalEncoder } from './categorical-encoder';
import { datetimeEncoder } from './datetime-encoder';
import type { FeatureEncoder } from './feature-encoder';
import { numericEncoder } from './numeric-encoder';
import type { FittedStep } from './transform-spec';

/** Builds the encoder of a feature from its chain and the chain's fitted statistics. */
export function buildFeatureEncoder(
  feature: FeatureDefinition,
  fitted: readonly (FittedStep | null)[],
): FeatureEncoder {
  switch (inputTypeOfChain(feature.transform)) {
    case 'numeric':
      return numericEncoder(feature, fitted);
    case 'categorical':
      return categoricalEncoder(feature, fitted);
    case 'timestamp':
      return datetimeEncoder(feature);
  }
}
