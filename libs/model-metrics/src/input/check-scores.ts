import { invalidMetricsInput } from '../errors/invalid-metrics-input';

/**
 * Checks that every value is a finite number. NaN would silently poison a mean and has no place in
 * a ranking, so it is rejected rather than skipped: it usually means a diverged model or a
 * missing value that should have been handled upstream.
 */
export function checkFinite(name: string, values: ArrayLike<number>): void {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!Number.isFinite(value)) {
      throw invalidMetricsInput(
        `${name}[${index}] is ${String(value)}, but every value must be a finite number: ` +
          'check the model output (a diverged model yields NaN) or drop rows without a value.',
        { name, index, value: String(value) },
      );
    }
  }
}

/** Checks that every value is a probability: finite and within [0, 1] (as scikit-learn's log_loss requires). */
export function checkProbabilities(name: string, values: ArrayLike<number>): void {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!(value >= 0 && value <= 1)) {
      throw invalidMetricsInput(
        `${name}[${index}] is ${String(value)}, but probabilities must lie in [0, 1]: ` +
          'pass the output of the sigmoid or softmax, not logits.',
        { name, index, value: String(value) },
      );
    }
  }
}

/**
 * How far a probability row's sum may stray from 1. Float32 softmax outputs sum to 1 within about
 * 1e-6; a row off by more than this is logits, per-class sigmoids or a wrong row width.
 */
export const PROBABILITY_ROW_SUM_TOLERANCE = 1e-3;

/** Checks that each row of a row-major rows × classCount matrix sums to 1 (within the tolerance). */
export function checkRowsSumToOne(
  name: string,
  probabilities: ArrayLike<number>,
  classCount: number,
): void {
  const rows = probabilities.length / classCount;
  for (let row = 0; row < rows; row++) {
    let sum = 0;
    for (let c = 0, at = row * classCount; c < classCount; c++, at++) sum += probabilities[at];
    if (!(Math.abs(sum - 1) <= PROBABILITY_ROW_SUM_TOLERANCE)) {
      throw invalidMetricsInput(
        `${name} row ${row} sums to ${sum}, but each row must be a distribution over the ` +
          `${classCount} classes (sum 1 ± ${PROBABILITY_ROW_SUM_TOLERANCE}): pass softmax ` +
          'outputs, row-major, one row of classCount values per label.',
        { name, row, sum, classCount },
      );
    }
  }
}
