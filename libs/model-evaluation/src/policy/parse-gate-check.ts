import type { GateCheckKind, GateCheckSpec, ThresholdComparator } from '../gate-policy';
import { GATE_METRIC_NAMES, higherIsBetter } from './gate-metrics';
import {
  GATE_POLICY_BOUNDS as BOUNDS,
  GATE_POLICY_DEFAULTS as DEFAULTS,
} from './gate-policy-bounds';
import { parsePerturbation } from './parse-perturbation';
import { parseSliceSpec } from './parse-slice-spec';
import type { PolicyFields } from './policy-fields';

export const GATE_CHECK_KINDS: readonly GateCheckKind[] = [
  'threshold',
  'champion',
  'slices',
  'fairness',
  'robustness',
  'latency',
  'artifact_size',
];
const COMPARATORS: readonly ThresholdComparator[] = ['gte', 'gt', 'lte', 'lt'];
const FAIRNESS_MEASURES = ['positive_rate', 'true_positive_rate', 'accuracy'] as const;

/** The fields each kind takes besides `kind` and `name`. */
const FIELDS_OF: Record<GateCheckKind, string[]> = {
  threshold: ['metric', 'comparator', 'threshold'],
  champion: ['metric', 'maxRegression'],
  slices: ['slice', 'metric', 'maxGap', 'minValue', 'minRows', 'maxSlices'],
  fairness: ['slice', 'measure', 'minRatio', 'minRows', 'maxSlices'],
  robustness: ['perturbation', 'metric', 'maxDrop'],
  latency: ['p95MaxMs', 'samples'],
  artifact_size: ['maxBytes'],
};

/**
 * One check, normalized (defaults filled, optional bounds left out when not given); null when
 * its kind is missing or unknown. `name` is read by the caller, which also checks uniqueness.
 */
export function parseGateCheck(check: PolicyFields, name: string): GateCheckSpec | null {
  const kind = check.oneOf('kind', GATE_CHECK_KINDS, true);
  if (kind === null) return null;
  check.allowOnly(['kind', 'name', ...FIELDS_OF[kind]]);
  const metric = () => check.oneOf('metric', GATE_METRIC_NAMES, true) ?? '';
  const bound = (field: string) => check.number(field, BOUNDS.nonNegative, true) ?? 0;
  switch (kind) {
    case 'threshold':
      return {
        kind,
        name,
        metric: metric(),
        comparator: check.oneOf('comparator', COMPARATORS, true) ?? 'gte',
        threshold: check.number('threshold', BOUNDS.threshold, true) ?? 0,
      };
    case 'champion':
      return { kind, name, metric: metric(), maxRegression: bound('maxRegression') };
    case 'slices':
      return parseSlicesCheck(check, name, metric());
    case 'fairness':
      return {
        kind,
        name,
        slice: parseSliceSpec(check),
        measure: check.oneOf('measure', FAIRNESS_MEASURES, true) ?? 'accuracy',
        minRatio: check.number('minRatio', BOUNDS.minRatio, true) ?? 0,
        ...sliceLimits(check),
      };
    case 'robustness':
      return {
        kind,
        name,
        perturbation: parsePerturbation(check),
        metric: metric(),
        maxDrop: bound('maxDrop'),
      };
    case 'latency':
      return {
        kind,
        name,
        p95MaxMs: check.number('p95MaxMs', BOUNDS.p95MaxMs, true) ?? 0,
        samples: check.number('samples', BOUNDS.latencySamples, false) ?? DEFAULTS.latencySamples,
      };
    case 'artifact_size':
      return { kind, name, maxBytes: check.number('maxBytes', BOUNDS.maxBytes, true) ?? 0 };
  }
}

function parseSlicesCheck(check: PolicyFields, name: string, metric: string): GateCheckSpec {
  const slice = parseSliceSpec(check);
  const maxGap = check.number('maxGap', BOUNDS.nonNegative, false);
  const minValue = check.number('minValue', BOUNDS.threshold, false);
  const limits = sliceLimits(check);
  if (!check.has('maxGap') && !check.has('minValue'))
    check.problem('', 'give maxGap, minValue or both: without a bound the check judges nothing');
  if (maxGap !== null && limits.maxSlices < 2)
    check.problem('maxSlices', 'must be at least 2 with maxGap: a gap needs two slices');
  // "Each slice at least minValue" only means something for a metric that grows as models improve.
  if (minValue !== null && metric !== '' && !higherIsBetter(metric))
    check.problem(
      'minValue',
      `bounds a metric from below, but lower ${metric} is better; use maxGap`,
    );
  return {
    kind: 'slices',
    name,
    slice,
    metric,
    ...(maxGap === null ? {} : { maxGap }),
    ...(minValue === null ? {} : { minValue }),
    ...limits,
  };
}

function sliceLimits(check: PolicyFields): { minRows: number; maxSlices: number } {
  return {
    minRows: check.number('minRows', BOUNDS.minRows, false) ?? DEFAULTS.minRows,
    maxSlices: check.number('maxSlices', BOUNDS.maxSlices, false) ?? DEFAULTS.maxSlices,
  };
}
