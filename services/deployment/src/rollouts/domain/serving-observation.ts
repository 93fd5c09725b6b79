import { ErrorKind, PlatformError } from '@loopline/errors';
import { RolloutDomainErrorCode } from './rollout-domain-error-code';

/**
 * What one service instance saw of one role (stable or candidate) during a rollout step. Every
 * field is a count, so the observations of several instances add up (mergeObservations) to the
 * figures the deciding instance judges.
 */
export interface ServingObservation {
  /** Requests the role handled, failed ones included. */
  requests: number;
  /** Requests that failed. */
  errors: number;
  /** Counts per LATENCY_BUCKET_BOUNDS_MS (a latency <= bound lands in the first such bucket); the last bucket is +Inf. */
  latencyBuckets: number[];
  /** Binary: BINARY_OUTPUT_BINS equal-width bins of the probability; multiclass: one per class (the argmax); regression: empty. */
  outputBins: number[];
  /** Mirrored requests whose answer was compared with the stable version's (shadow only). */
  shadowCompared: number;
  /** Of those, the ones that agreed. */
  shadowAgreed: number;
  /** Requests whose label has arrived. */
  labeled: number;
  /** Of those, the ones predicted correctly. */
  correct: number;
}

const BUCKETS_PER_DECADE = 24;
const DECADES = 5;

/**
 * Upper bounds (ms) of the latency buckets: 0.1 ms to 10 s, 24 per decade, so neighbours differ
 * by 10^(1/24) ≈ 10 % and a quantile interpolated inside its bucket is off by less than that.
 * Rounded to 4 significant digits so every instance (and every language) agrees on the edges.
 */
export const LATENCY_BUCKET_BOUNDS_MS: readonly number[] = Array.from(
  { length: BUCKETS_PER_DECADE * DECADES + 1 },
  (_, i) => Number((0.1 * 10 ** (i / BUCKETS_PER_DECADE)).toPrecision(4)),
);

/** Bins of a binary classifier's probability. */
export const BINARY_OUTPUT_BINS = 10;

export function emptyObservation(outputBinCount: number): ServingObservation {
  return {
    requests: 0,
    errors: 0,
    latencyBuckets: new Array<number>(LATENCY_BUCKET_BOUNDS_MS.length + 1).fill(0),
    outputBins: new Array<number>(outputBinCount).fill(0),
    shadowCompared: 0,
    shadowAgreed: 0,
    labeled: 0,
    correct: 0,
  };
}

/** The sum of two observations; refuses two of different shapes rather than misalign them. */
export function mergeObservations(
  a: ServingObservation,
  b: ServingObservation,
): ServingObservation {
  for (const field of ['latencyBuckets', 'outputBins'] as const)
    if (a[field].length !== b[field].length)
      throw new PlatformError(
        RolloutDomainErrorCode.ObservationMismatch,
        `Cannot merge serving observations with ${a[field].length} and ${b[field].length} ${field}; observations of one rollout must come from the same model and bucket layout.`,
        {
          kind: ErrorKind.Internal,
          details: { field, left: a[field].length, right: b[field].length },
        },
      );
  return {
    requests: a.requests + b.requests,
    errors: a.errors + b.errors,
    latencyBuckets: a.latencyBuckets.map((count, i) => count + b.latencyBuckets[i]),
    outputBins: a.outputBins.map((count, i) => count + b.outputBins[i]),
    shadowCompared: a.shadowCompared + b.shadowCompared,
    shadowAgreed: a.shadowAgreed + b.shadowAgreed,
    labeled: a.labeled + b.labeled,
    correct: a.correct + b.correct,
  };
}

/** Index of the bucket holding `ms`: the first bound >= ms, or the +Inf bucket. */
export function latencyBucketIndex(ms: number): number {
  let low = 0;
  let high = LATENCY_BUCKET_BOUNDS_MS.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (LATENCY_BUCKET_BOUNDS_MS[mid] >= ms) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Counts one latency (it does not count a request: callers count requests and errors themselves). */
export function recordLatency(observation: ServingObservation, ms: number): void {
  observation.latencyBuckets[latencyBucketIndex(ms)] += 1;
}

/** The bin of a binary classifier's probability (1.0 falls in the top bin). */
export function binaryOutputBin(probability: number): number {
  return Math.min(
    BINARY_OUTPUT_BINS - 1,
    Math.max(0, Math.floor(probability * BINARY_OUTPUT_BINS)),
  );
}

/**
 * The q-quantile (0..1) of the recorded latencies, interpolated linearly inside its bucket; null
 * when no latency was recorded. A quantile in the +Inf bucket reads as the last bound (10 s).
 */
export function latencyQuantileMs(observation: ServingObservation, q: number): number | null {
  const counts = observation.latencyBuckets;
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.min(1, Math.max(0, q)) * total;
  let below = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] > 0 && below + counts[i] >= rank) {
      if (i === LATENCY_BUCKET_BOUNDS_MS.length) return LATENCY_BUCKET_BOUNDS_MS[i - 1];
      const lower = i === 0 ? 0 : LATENCY_BUCKET_BOUNDS_MS[i - 1];
      const upper = LATENCY_BUCKET_BOUNDS_MS[i];
      return lower + ((upper - lower) * (rank - below)) / counts[i];
    }
    below += counts[i];
  }
  return LATENCY_BUCKET_BOUNDS_MS[LATENCY_BUCKET_BOUNDS_MS.length - 1];
}

/** Share of requests that failed; null before the first request. */
export function errorRate(observation: ServingObservation): number | null {
  return observation.requests === 0 ? null : observation.errors / observation.requests;
}
