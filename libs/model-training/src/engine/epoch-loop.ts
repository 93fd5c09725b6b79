import { ErrorKind, PlatformError } from '@loopline/errors';
import * as tf from '@tensorflow/tfjs';
import type { TrainingConfig } from '../config/training-config';
import { permuteRows } from '../data/permute-rows';
import { seededRandom } from '@loopline/stats';
import { deriveSeed } from '../data/derive-seed';
import { seededPermutation } from '../data/seeded-permutation';
import { TrainingErrorCode } from './training-error-code';
import type { TrainingBatch } from './training-loss';
import type { SplitMatrix } from './train-model.types';

/** How long the loop may hold the event loop before letting an abort (or a timer) through. */
const YIELD_EVERY_MS = 25;

/**
 * One pass over the training split per `run`: rows in a seeded order (one permuted copy per
 * epoch, so each batch is a contiguous slice uploaded once), one optimizer step per batch.
 * It replaces `model.fit`, which shuffles with Math.random and cannot weight rows by class
 * without materializing a sample-weight tensor of the whole split.
 */
export class EpochLoop {
  private readonly features: Float32Array;
  private readonly labels: Float32Array;
  private readonly weights: Float32Array | null;
  private readonly variables: tf.Variable[];
  private step = 0;

  constructor(
    private readonly config: TrainingConfig,
    private readonly train: SplitMatrix,
    model: tf.LayersModel,
    private readonly optimizer: tf.Optimizer,
    private readonly loss: (batch: TrainingBatch, step: number) => tf.Scalar,
    private readonly classWeights: Float32Array | null,
  ) {
    this.features = new Float32Array(train.features.length);
    this.labels = new Float32Array(train.rows);
    this.weights = classWeights == null ? null : new Float32Array(train.rows);
    // Only this model's variables: the default list is every trainable variable in the process.
    this.variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  }

  /** Trains one epoch; returns the mean training loss over its batches. */
  async run(epoch: number, signal?: AbortSignal): Promise<number> {
    const { rows, width } = this.train;
    const order = seededPermutation(rows, seededRandom(deriveSeed(this.config.seed, 0, epoch)));
    permuteRows(this.train.features, width, order, this.features);
    for (let i = 0; i < rows; i++) this.labels[i] = this.train.labels[order[i]];
    if (this.weights != null && this.classWeights != null) {
      for (let i = 0; i < rows; i++) this.weights[i] = this.classWeights[this.labels[i]];
    }
    const batchSize = this.config.training.batchSize;
    let lossSum = 0;
    let lastYield = performance.now();
    for (let start = 0; start < rows; start += batchSize) {
      signal?.throwIfAborted();
      const n = Math.min(batchSize, rows - start);
      const batchLoss = this.trainBatch(start, n);
      if (!Number.isFinite(batchLoss)) throw nonFiniteLoss(epoch, start / batchSize, batchLoss);
      lossSum += batchLoss * n;
      if (performance.now() - lastYield > YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
      }
    }
    signal?.throwIfAborted();
    return lossSum / rows;
  }

  private trainBatch(start: number, n: number): number {
    const width = this.train.width;
    const multiclass = this.config.task === 'multiclass_classification';
    const labels = this.labels.subarray(start, start + n);
    const batch: TrainingBatch = {
      features: tf.tensor2d(this.features.subarray(start * width, (start + n) * width), [n, width]),
      targets: multiclass
        ? tf.tensor1d(Int32Array.from(labels), 'int32')
        : tf.tensor2d(labels, [n, 1]),
      weights: this.weights == null ? null : tf.tensor1d(this.weights.subarray(start, start + n)),
    };
    const step = this.step++;
    const cost = this.optimizer.minimize(() => this.loss(batch, step), true, this.variables);
    const value = cost == null ? Number.NaN : cost.dataSync()[0];
    cost?.dispose();
    tf.dispose([batch.features, batch.targets, ...(batch.weights == null ? [] : [batch.weights])]);
    return value;
  }
}

function nonFiniteLoss(epoch: number, batch: number, loss: number): PlatformError {
  return new PlatformError(
    TrainingErrorCode.NonFiniteLoss,
    `The training loss became ${loss} in epoch ${epoch} (batch ${batch}). Lower the learning rate, ` +
      'add batch norm or L2, or check the features for extreme values.',
    {
      kind: ErrorKind.Unprocessable,
      retriable: false,
      details: { epoch, batch, loss: String(loss) },
    },
  );
}
