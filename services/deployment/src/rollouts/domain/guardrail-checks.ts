import { populationStabilityIndex } from '@loopline/stats';
import { DEFAULT_MIN_LABELED_FOR_ACCURACY, type Guardrails } from './deployment-policy';
import { errorRate, latencyQuantileMs, type ServingObservation } from './serving-observation';
import { wilsonInterval } from './wilson-interval';

/**
 * Evidence each comparison waits for, so a breach is caught within the first step of a rollout
 * but chance alone does not roll one back:
 * - error rate: 20 candidate requests, and the rise must hold at the one-sided 99 % Wilson lower
 *   bound of the candidate's rate (a single error in 20 requests is not a 1 pp rise; 5 in 100 is);
 * - p95 / p99 latency: 5 requests beyond the quantile on each side (100 for p95, 500 for p99),
 *   so one slow request does not move the estimate;
 * - prediction PSI: 200 outputs on each side, where the PSI of two samples of one distribution
 *   over 10 bins stays near 0.05 (well under the usual 0.25 limit);
 * - accuracy: the policy's min_labeled_for_accuracy labels on each side.
 */
export const GUARDRAIL_EVIDENCE = {
  minRequestsForErrorRate: 20,
  samplesBeyondQuantile: 5,
  minOutputsForPsi: 200,
} as const;

/** Pseudo-count added to every output bin so a bin that sampling left empty stays finite. */
const PSI_PSEUDO_COUNT = 0.5;

export interface GuardrailBreach {
  name: string;
  observed: number;
  /** What was breached and by how much, for people. */
  sentence: string;
}

export interface GuardrailReading {
  observed: Record<string, number>;
  breaches: GuardrailBreach[];
}

/**
 * Compares the candidate with the stable version on every guardrail of the policy that has
 * enough evidence. Without a stable version (or before it has served 20 requests) the error rate
 * is held against 0, an absolute check; the other comparisons wait for a stable baseline.
 */
export function checkGuardrails(
  stable: ServingObservation | null,
  candidate: ServingObservation,
  guardrails: Guardrails,
): GuardrailReading {
  const reading: GuardrailReading = { observed: {}, breaches: [] };
  checkErrorRate(reading, stable, candidate, guardrails.error_rate_increase);
  checkLatency(reading, stable, candidate, 0.95, guardrails.p95_latency_increase_ms);
  checkLatency(reading, stable, candidate, 0.99, guardrails.p99_latency_increase_ms);
  if (stable !== null) {
    checkPsi(reading, stable, candidate, guardrails.prediction_psi);
    checkAccuracy(reading, stable, candidate, guardrails);
  }
  return reading;
}

function checkErrorRate(
  reading: GuardrailReading,
  stable: ServingObservation | null,
  candidate: ServingObservation,
  limit: number | undefined,
): void {
  const min = GUARDRAIL_EVIDENCE.minRequestsForErrorRate;
  const candidateRate = errorRate(candidate);
  const stableRate = stable !== null && stable.requests >= min ? errorRate(stable) : null;
  observe(reading, 'candidate_error_rate', candidateRate);
  observe(reading, 'stable_error_rate', stable === null ? null : errorRate(stable));
  if (candidateRate === null || candidate.requests < min) return;
  const baseline = stableRate ?? 0;
  const increase = candidateRate - baseline;
  observe(reading, 'error_rate_increase', increase);
  const likelyRise = wilsonInterval(candidate.errors, candidate.requests).lower - baseline;
  if (limit !== undefined && likelyRise > limit)
    reading.breaches.push({
      name: 'error_rate_increase',
      observed: increase,
      sentence: `error rate rose by ${pp(increase)} (candidate ${pct(candidateRate)} of ${candidate.requests} requests vs ${stableRate === null ? 'an absolute baseline of 0 %' : `stable ${pct(baseline)} of ${stable?.requests}`}), above the ${pp(limit)} allowed`,
    });
}

function checkLatency(
  reading: GuardrailReading,
  stable: ServingObservation | null,
  candidate: ServingObservation,
  q: 0.95 | 0.99,
  limit: number | undefined,
): void {
  const label = q === 0.95 ? 'p95' : 'p99';
  const candidateMs = latencyQuantileMs(candidate, q);
  const stableMs = stable === null ? null : latencyQuantileMs(stable, q);
  observe(reading, `candidate_${label}_latency_ms`, candidateMs);
  observe(reading, `stable_${label}_latency_ms`, stableMs);
  const needed = Math.ceil(GUARDRAIL_EVIDENCE.samplesBeyondQuantile / (1 - q) - 1e-9);
  if (stable === null || candidateMs === null || stableMs === null) return;
  if (sum(candidate.latencyBuckets) < needed || sum(stable.latencyBuckets) < needed) return;
  const name = `${label}_latency_increase_ms`;
  const increase = candidateMs - stableMs;
  observe(reading, name, increase);
  if (limit !== undefined && increase > limit)
    reading.breaches.push({
      name,
      observed: increase,
      sentence: `${label} latency rose by ${ms(increase)} (candidate ${ms(candidateMs)} vs stable ${ms(stableMs)}), above the ${ms(limit)} allowed`,
    });
}

function checkPsi(
  reading: GuardrailReading,
  stable: ServingObservation,
  candidate: ServingObservation,
  limit: number | undefined,
): void {
  const min = GUARDRAIL_EVIDENCE.minOutputsForPsi;
  if (stable.outputBins.length === 0 || stable.outputBins.length !== candidate.outputBins.length)
    return;
  if (sum(stable.outputBins) < min || sum(candidate.outputBins) < min) return;
  const smooth = (bins: number[]) => bins.map((count) => count + PSI_PSEUDO_COUNT);
  const psi = populationStabilityIndex(smooth(stable.outputBins), smooth(candidate.outputBins), 0);
  observe(reading, 'prediction_psi', psi);
  if (limit !== undefined && psi > limit)
    reading.breaches.push({
      name: 'prediction_psi',
      observed: psi,
      sentence: `the candidate's predictions shifted from the stable version's by a PSI of ${psi.toFixed(3)}, above the ${limit} allowed`,
    });
}

function checkAccuracy(
  reading: GuardrailReading,
  stable: ServingObservation,
  candidate: ServingObservation,
  guardrails: Guardrails,
): void {
  const candidateAccuracy = candidate.labeled === 0 ? null : candidate.correct / candidate.labeled;
  const stableAccuracy = stable.labeled === 0 ? null : stable.correct / stable.labeled;
  observe(reading, 'candidate_labeled', candidate.labeled);
  observe(reading, 'stable_labeled', stable.labeled);
  observe(reading, 'candidate_accuracy', candidateAccuracy);
  observe(reading, 'stable_accuracy', stableAccuracy);
  const min = guardrails.min_labeled_for_accuracy ?? DEFAULT_MIN_LABELED_FOR_ACCURACY;
  if (candidateAccuracy === null || stableAccuracy === null) return;
  if (candidate.labeled < min || stable.labeled < min) return;
  const drop = stableAccuracy - candidateAccuracy;
  observe(reading, 'accuracy_drop', drop);
  const limit = guardrails.accuracy_drop;
  if (limit !== undefined && drop > limit)
    reading.breaches.push({
      name: 'accuracy_drop',
      observed: drop,
      sentence: `accuracy fell by ${pp(drop)} (candidate ${pct(candidateAccuracy)} of ${candidate.labeled} labelled vs stable ${pct(stableAccuracy)} of ${stable.labeled}), above the ${pp(limit)} allowed`,
    });
}

/** Records a metric only when it is a finite number: events carry no NaN or null. */
export function observe(
  reading: { observed: Record<string, number> },
  name: string,
  value: number | null,
): void {
  if (value !== null && Number.isFinite(value)) reading.observed[name] = value;
}

function sum(counts: readonly number[]): number {
  return counts.reduce((total, count) => total + count, 0);
}

export const pct = (fraction: number) => `${(fraction * 100).toFixed(2)} %`;
const pp = (fraction: number) => `${(fraction * 100).toFixed(2)} pp`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;
