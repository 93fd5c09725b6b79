import type {
  FeatureDefinition,
  FeatureViewDefinition,
} from '../definition/feature-view-definition';
import { inputTypeOfChain } from '../definition/step-input-type';
import { checkBatch } from './check-batch';
import { columnOfType } from './feature-encoder';
import { inputColumnsOf } from './input-columns';
import { runNumericChain } from './numeric-chain';
import { fitOneHot } from './one-hot-step';
import type { RawColumn, RawBatch } from './raw-batch';
import type { FittedStatistics, FittedStep } from './transform-spec';

function fitFeature(feature: FeatureDefinition, column: RawColumn): (FittedStep | null)[] {
  const steps = feature.transform;
  switch (inputTypeOfChain(steps)) {
    case 'numeric': {
      const fitted: (FittedStep | null)[] = [];
      // A copy, since the chain runs in place: each step is fitted on its predecessors' output.
      runNumericChain(steps, null, columnOfType(column, 'numeric').values.slice(), fitted);
      return fitted;
    }
    case 'categorical': {
      const step = steps[0];
      return [
        step.kind === 'one_hot' ? fitOneHot(step, columnOfType(column, 'categorical')) : null,
      ];
    }
    case 'timestamp':
      // Date parts are fixed calendars: there is nothing to learn from the data.
      return steps.map(() => null);
  }
}

/**
 * Fits every feature's transform chain on `train`, which must hold the training split only
 * (raw source columns, and aggregation outputs as numeric columns named after the aggregation):
 * anything fitted on validation or test rows would leak them into the model. Deterministic: the
 * same rows in the same order give the same statistics. Throws InvalidInput when `train` lacks a
 * column a feature reads or has it with another type.
 */
export function fitTransform(
  definition: FeatureViewDefinition,
  train: RawBatch,
  labelClasses: string[] | null,
): FittedStatistics {
  checkBatch(inputColumnsOf(definition), train);
  const features: Record<string, (FittedStep | null)[]> = {};
  for (const feature of definition.features) {
    features[feature.name] = fitFeature(feature, train.columns[feature.source]);
  }
  return {
    fittedRows: train.rowCount,
    features,
    labelClasses: labelClasses === null ? null : [...labelClasses],
  };
}
