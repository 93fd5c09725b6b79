import type { TransformStep } from '../definition/feature-view-definition';
import type { Problem } from '../errors/problem';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function strictlyIncreasing(x: unknown): boolean {
  return Array.isArray(x) && x.every((b, i) => finite(b) && (i === 0 || b > (x[i - 1] as number)));
}

/** Why `fitted` is not the statistics `step` needs ('' when it is). */
function fault(step: TransformStep, fitted: unknown): string {
  const expectsNull =
    step.kind === 'clip' ||
    step.kind === 'log1p' ||
    step.kind === 'hash' ||
    step.kind === 'datetime_part' ||
    (step.kind === 'bucketize' && step.boundaries !== undefined);
  if (expectsNull) return fitted === null ? '' : `must be null: ${step.kind} fits nothing here`;
  if (!isRecord(fitted) || fitted.kind !== step.kind)
    return `must be fitted ${step.kind} statistics`;
  switch (step.kind) {
    case 'impute':
      return finite(fitted.value) ? '' : 'value must be a finite number';
    case 'standardize':
      return finite(fitted.mean) && finite(fitted.std) && fitted.std > 0
        ? ''
        : 'mean must be finite and std finite and positive';
    case 'min_max':
      return finite(fitted.min) && finite(fitted.max) && fitted.min <= fitted.max
        ? ''
        : 'min and max must be finite with min <= max';
    case 'bucketize':
      return strictlyIncreasing(fitted.boundaries)
        ? ''
        : 'boundaries must be strictly increasing finite numbers';
    case 'one_hot': {
      const vocabulary = fitted.vocabulary;
      if (!Array.isArray(vocabulary) || !vocabulary.every((v) => typeof v === 'string')) {
        return 'vocabulary must be an array of strings';
      }
      if (new Set(vocabulary).size !== vocabulary.length) return 'vocabulary repeats a value';
      return vocabulary.length <= step.maxCategories
        ? ''
        : `vocabulary has more than maxCategories (${step.maxCategories}) values`;
    }
  }
}

/**
 * Problems with the fitted statistics of one feature's chain: one entry per step, each of the
 * step's kind with finite numbers, or null for a step that fits nothing.
 */
export function fittedChainProblems(
  steps: readonly TransformStep[],
  fitted: unknown,
  path: string,
): Problem[] {
  if (!Array.isArray(fitted)) return [{ path, message: 'must be an array, one entry per step' }];
  if (fitted.length !== steps.length) {
    return [{ path, message: `has ${fitted.length} entries for ${steps.length} steps` }];
  }
  const problems: Problem[] = [];
  steps.forEach((step, s) => {
    const message = fault(step, fitted[s]);
    if (message !== '') problems.push({ path: `${path}[${s}]`, message });
  });
  return problems;
}
