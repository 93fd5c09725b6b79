import type { OptimizerConfig } from '../config/training-config';

/** The learning rate of epoch `epoch` (from 0) of `totalEpochs` under the configured schedule. */
export function learningRateAt(
  optimizer: OptimizerConfig,
  epoch: number,
  totalEpochs: number,
): number {
  const base = optimizer.learningRate;
  const schedule = optimizer.schedule;
  switch (schedule.kind) {
    case 'constant':
      return base;
    case 'step':
      return base * schedule.factor ** Math.floor(epoch / schedule.everyEpochs);
    case 'exponential':
      return base * schedule.decayRate ** epoch;
    case 'cosine': {
      // The first epoch runs at the full rate and the last at the minimum.
      const progress = totalEpochs > 1 ? epoch / (totalEpochs - 1) : 0;
      const min = schedule.minLearningRate;
      return min + ((base - min) * (1 + Math.cos(Math.PI * progress))) / 2;
    }
  }
}
