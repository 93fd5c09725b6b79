/** What a monitored model predicts, as far as realized metrics are concerned. */
export type PerformanceTask = 'binary' | 'multiclass' | 'regression';

export const PERFORMANCE_TASKS: readonly PerformanceTask[] = ['binary', 'multiclass', 'regression'];

/**
 * The task of a prediction log from its output names: `probability` (binary), one
 * `probability:<class>` per class (multiclass), `prediction` (regression).
 */
export function taskOfOutputs(outputNames: readonly string[]): PerformanceTask | null {
  if (outputNames.includes('probability')) return 'binary';
  if (outputNames.some((name) => name.startsWith('probability:'))) return 'multiclass';
  if (outputNames.includes('prediction')) return 'regression';
  return null;
}

/**
 * A binary prediction as '1' (positive) or '0'. Serving answers the class label '0'/'1'; booleans
 * and their names are accepted too, and without a usable answer the score decides at 0.5, as
 * serving does.
 */
export function binaryPredictedLabel(predicted: string | number, score: number): string | null {
  const text = String(predicted).trim().toLowerCase();
  if (text === '1' || text === 'true') return '1';
  if (text === '0' || text === 'false') return '0';
  if (Number.isFinite(score)) return score >= 0.5 ? '1' : '0';
  return null;
}
