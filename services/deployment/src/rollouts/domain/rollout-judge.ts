import type { DeploymentStrategy, Guardrails, RolloutStepSpec } from './deployment-policy';
import { checkGuardrails, type GuardrailBreach, ms, observe, pct } from './guardrail-checks';
import type { ServingObservation } from './serving-observation';
import { wilsonInterval } from './wilson-interval';

/** Mirrored answers compared before a shadow's agreement may end it early. */
export const MIN_COMPARED_FOR_AGREEMENT = 50;

/** What a blue-green warm-up (replayed recorded requests) showed of the new version. */
export interface WarmupResult {
  requests: number;
  errors: number;
  p99LatencyMs: number;
  maxP99LatencyMs: number;
}

export interface RolloutJudgeInput {
  strategy: DeploymentStrategy;
  /** The step being judged (for shadow: mirror share and its minimums; blue-green: see plannedSteps). */
  step: RolloutStepSpec;
  /** Epoch milliseconds. */
  stepStartedAt: number;
  now: number;
  maxStepSeconds: number;
  /**
   * What the stable version served so far in the rollout, summed over steps and instances (so
   * the last step, at 100 %, still has a baseline); null on a first deployment.
   */
  stable: ServingObservation | null;
  /** What the candidate served so far in the rollout, summed over steps and instances. */
  candidate: ServingObservation;
  /** Requests the candidate answered in this step alone, for its minRequests; defaults to all. */
  stepCandidateRequests?: number;
  /** True for the rollout's last step, whose end completes it. */
  lastStep?: boolean;
  guardrails: Guardrails;
  shadowMinAgreement?: number;
  warmup?: WarmupResult;
}

export type RolloutVerdict = 'wait' | 'advance' | 'rollback';

export interface RolloutJudgement {
  verdict: RolloutVerdict;
  /** Finite figures of the step (RolloutStepCompleted.observedMetrics). */
  observedMetrics: Record<string, number>;
  /** Guardrail → observed value (RolloutRolledBack.breachedGuardrails); empty unless rolled back on one. */
  breached: Record<string, number>;
  detail: string;
}

/**
 * Decides one step of a rollout from the observations summed over every instance. A breach rolls
 * back as soon as the evidence shows it, whatever the step's minimums; the step advances only
 * once it has served minRequests for minDurationSeconds with nothing breached; a step still short
 * of its requests after maxStepSeconds rolls back as `step_timeout`.
 */
export function judgeRollout(input: RolloutJudgeInput): RolloutJudgement {
  const elapsed = Math.max(0, (input.now - input.stepStartedAt) / 1000);
  const reading =
    input.strategy === 'blue_green'
      ? { observed: {}, breaches: warmupBreaches(input.warmup, input.step) }
      : checkGuardrails(input.stable, input.candidate, input.guardrails);
  const observed = reading.observed as Record<string, number>;
  observe(reading, 'step_elapsed_seconds', elapsed);
  observe(reading, 'candidate_requests', input.candidate.requests);
  observe(reading, 'stable_requests', input.stable?.requests ?? null);
  if (input.warmup !== undefined) recordWarmup(observed, input.warmup);
  const served =
    input.strategy === 'blue_green'
      ? (input.warmup?.requests ?? 0)
      : (input.stepCandidateRequests ?? input.candidate.requests);
  const missing: string[] = [];
  if (served < input.step.minRequests)
    missing.push(
      `${served} of ${input.step.minRequests} ${input.strategy === 'blue_green' ? 'warm-up' : 'candidate'} requests`,
    );
  const agreement = input.strategy === 'shadow' ? judgeAgreement(input, observed, missing) : null;
  // A rollout completes only once every comparison it was promised has been made at least once.
  if (input.lastStep && input.strategy !== 'blue_green' && input.stable !== null)
    for (const name of unjudgedGuardrails(input.guardrails, observed))
      missing.push(`enough requests on both sides to judge ${name}`);
  const ready = missing.length === 0 && elapsed >= input.step.minDurationSeconds;
  const breaches = [...reading.breaches];
  if (agreement !== null && (agreement.clearlyLow || (ready && agreement.low)))
    breaches.push(agreement.breach);
  if (breaches.length > 0) return rollback(observed, breaches);
  if (missing.length > 0 && elapsed >= input.maxStepSeconds)
    return rollback(observed, [
      {
        name: 'step_timeout',
        observed: elapsed,
        sentence: `the step ran ${elapsed.toFixed(1)} s, past maxStepSeconds ${input.maxStepSeconds}, with only ${missing.join(' and ')}`,
      },
    ]);
  if (ready)
    return {
      verdict: 'advance',
      observedMetrics: observed,
      breached: {},
      detail:
        input.strategy === 'blue_green'
          ? `Warm-up passed: ${served} replayed requests without an error, p99 ${ms(input.warmup?.p99LatencyMs ?? 0)} within ${ms(input.warmup?.maxP99LatencyMs ?? 0)}.`
          : `Step at ${input.step.trafficPercent} % held: ${served} requests in ${elapsed.toFixed(1)} s with every guardrail within its limit.`,
    };
  if (elapsed < input.step.minDurationSeconds)
    missing.push(`${elapsed.toFixed(1)} of ${input.step.minDurationSeconds} s`);
  return {
    verdict: 'wait',
    observedMetrics: observed,
    breached: {},
    detail: `Waiting at ${input.step.trafficPercent} %: ${missing.join(', ')} so far; no guardrail breached.`,
  };
}

/** Guardrails of the policy (accuracy aside: labels may never come) not yet compared. */
function unjudgedGuardrails(guardrails: Guardrails, observed: Record<string, number>): string[] {
  const judged = ['p95_latency_increase_ms', 'p99_latency_increase_ms', 'prediction_psi'] as const;
  return judged.filter((name) => guardrails[name] !== undefined && !(name in observed));
}

function rollback(observed: Record<string, number>, breaches: GuardrailBreach[]): RolloutJudgement {
  return {
    verdict: 'rollback',
    observedMetrics: observed,
    breached: Object.fromEntries(breaches.map((breach) => [breach.name, breach.observed])),
    detail: `Rolled back: ${breaches.map((breach) => `${breach.name}: ${breach.sentence}`).join('; ')}.`,
  };
}

/**
 * Shadow agreement: below minAgreement even at the one-sided 99 % upper bound ends the rollout
 * early; at the end of the step the observed share itself must reach it.
 */
function judgeAgreement(
  input: RolloutJudgeInput,
  observed: Record<string, number>,
  missing: string[],
): { low: boolean; clearlyLow: boolean; breach: GuardrailBreach } | null {
  const { shadowCompared: compared, shadowAgreed: agreed } = input.candidate;
  observe({ observed }, 'shadow_compared', compared);
  if (compared > 0) observe({ observed }, 'agreement', agreed / compared);
  const min = input.shadowMinAgreement;
  if (min === undefined) return null;
  if (compared === 0) {
    missing.push('no mirrored answer compared with the stable version');
    return null;
  }
  const agreement = agreed / compared;
  return {
    low: agreement < min,
    clearlyLow:
      compared >= MIN_COMPARED_FOR_AGREEMENT && wilsonInterval(agreed, compared).upper < min,
    breach: {
      name: 'agreement',
      observed: agreement,
      sentence: `the candidate agreed with the stable version on ${pct(agreement)} of ${compared} mirrored requests, below the ${pct(min)} required`,
    },
  };
}

/** Blue-green is judged on its warm-up alone: any error, or a p99 over the policy's limit. */
function warmupBreaches(
  warmup: WarmupResult | undefined,
  step: RolloutStepSpec,
): GuardrailBreach[] {
  if (warmup === undefined) return [];
  const breaches: GuardrailBreach[] = [];
  if (warmup.errors > 0)
    breaches.push({
      name: 'warmup_errors',
      observed: warmup.errors,
      sentence: `${warmup.errors} of ${warmup.requests} replayed warm-up requests failed; a blue-green switch needs none`,
    });
  if (warmup.requests >= step.minRequests && warmup.p99LatencyMs > warmup.maxP99LatencyMs)
    breaches.push({
      name: 'warmup_p99_latency_ms',
      observed: warmup.p99LatencyMs,
      sentence: `warm-up p99 latency was ${ms(warmup.p99LatencyMs)}, above the ${ms(warmup.maxP99LatencyMs)} allowed`,
    });
  return breaches;
}

function recordWarmup(observed: Record<string, number>, warmup: WarmupResult): void {
  observe({ observed }, 'warmup_requests', warmup.requests);
  observe({ observed }, 'warmup_errors', warmup.errors);
  observe({ observed }, 'warmup_p99_latency_ms', warmup.p99LatencyMs);
}
