import * as tf from '@tensorflow/tfjs';
import type { EarlyStoppingConfig } from '../config/training-config';

/**
 * Watches one validation metric: remembers the best epoch (and, when asked to restore, a copy
 * of its weights) and says when `patience` epochs passed without an improvement of `minDelta`.
 * A NaN value (an AUC on a one-class validation split) never counts as an improvement.
 */
export class EarlyStopping {
  private best = Number.NaN;
  private bestWeights: tf.Tensor[] | null = null;
  private waited = 0;
  bestEpoch = -1;

  constructor(private readonly config: EarlyStoppingConfig) {}

  /** Records an epoch; returns true when training should stop after it. */
  update(epoch: number, metrics: Record<string, number>, model: tf.LayersModel): boolean {
    const value = metrics[this.config.monitor];
    if (this.improves(value)) {
      this.best = value;
      this.bestEpoch = epoch;
      this.waited = 0;
      if (this.config.restoreBestWeights) {
        this.disposeWeights();
        this.bestWeights = model.getWeights().map((w) => tf.clone(w));
      }
      return false;
    }
    this.waited++;
    return this.waited >= this.config.patience;
  }

  /** Puts the best epoch's weights back (when configured); returns the epoch the model now holds. */
  restore(model: tf.LayersModel, lastEpoch: number): number {
    if (!this.config.restoreBestWeights || this.bestWeights == null) return lastEpoch;
    model.setWeights(this.bestWeights);
    return this.bestEpoch;
  }

  dispose(): void {
    this.disposeWeights();
  }

  private improves(value: number | undefined): value is number {
    if (value === undefined || Number.isNaN(value)) return false;
    if (Number.isNaN(this.best)) return true;
    const { mode, minDelta } = this.config;
    return mode === 'min' ? value < this.best - minDelta : value > this.best + minDelta;
  }

  private disposeWeights(): void {
    this.bestWeights?.forEach((w) => w.dispose());
    this.bestWeights = null;
  }
}
