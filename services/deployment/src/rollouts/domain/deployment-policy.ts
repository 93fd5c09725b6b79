import type { RolloutStrategy } from '@loopline/contracts';

/** The value of `format` in a deployment policy file. */
export const DEPLOYMENT_POLICY_FORMAT = 'loopline.deployment-policy/v1';

/** A strategy a policy may choose; `unknown` exists only for forward-compatible events. */
export type DeploymentStrategy = Exclude<RolloutStrategy, 'unknown'>;
export const DEPLOYMENT_STRATEGIES: readonly DeploymentStrategy[] = [
  'canary',
  'shadow',
  'blue_green',
];

/** How long a step may wait for its requests before the rollout gives up (seconds). */
export const DEFAULT_MAX_STEP_SECONDS = 600;
/** Labels each role needs before accuracy is compared, when the policy does not say. */
export const DEFAULT_MIN_LABELED_FOR_ACCURACY = 200;

/** One step of a rollout: the candidate's share of traffic and how long it must hold. */
export interface RolloutStepSpec {
  /** Share of live traffic (0 < p <= 100) the candidate answers; for shadow, the share mirrored. */
  trafficPercent: number;
  /** Requests the candidate must answer during the step before it can end. */
  minRequests: number;
  /** Minimum time (whole seconds) the step runs with guardrails healthy. */
  minDurationSeconds: number;
}

export interface ShadowSpec {
  mirrorPercent: number;
  minRequests: number;
  minDurationSeconds: number;
  /** Share (0..1) of mirrored requests whose answer must match the stable version's. */
  minAgreement: number;
}

export interface BlueGreenSpec {
  /** Recorded requests replayed against the new version before the switch (>= 1). */
  warmupRequests: number;
  /** Highest p99 latency the warm-up may show. */
  maxWarmupP99LatencyMs: number;
}

/**
 * Limits on how much worse the candidate may be than the stable version; a limit that is absent
 * is not checked. Names are the keys of RolloutStarted.guardrails and RolloutRolledBack.breachedGuardrails.
 */
export interface Guardrails {
  /** Highest rise of the error rate, as a fraction (0.01 = one percentage point). */
  error_rate_increase?: number;
  p95_latency_increase_ms?: number;
  p99_latency_increase_ms?: number;
  /** Highest population stability index of the candidate's outputs against the stable's. */
  prediction_psi?: number;
  /** Highest fall of accuracy on labelled requests, as a fraction. */
  accuracy_drop?: number;
  /** Labels each role needs before accuracy_drop is judged. */
  min_labeled_for_accuracy?: number;
}
export type GuardrailName = keyof Guardrails;
export const GUARDRAIL_NAMES: readonly GuardrailName[] = [
  'error_rate_increase',
  'p95_latency_increase_ms',
  'p99_latency_increase_ms',
  'prediction_psi',
  'accuracy_drop',
  'min_labeled_for_accuracy',
];

/** How the versions of one model reach its endpoint. */
export interface DeploymentPolicy {
  format: typeof DEPLOYMENT_POLICY_FORMAT;
  modelName: string;
  endpointName: string;
  /** Strategy for versions after the first; a first deployment always uses blue_green. */
  strategy: DeploymentStrategy;
  canary: { steps: RolloutStepSpec[] };
  shadow: ShadowSpec;
  blueGreen: BlueGreenSpec;
  guardrails: Guardrails;
  maxStepSeconds: number;
}

/**
 * The policy of a model without a file: a cautious canary (10 → 50 → 100 %) guarded on errors,
 * latency, output shift and accuracy. Its shadow and blue-green sections are the defaults a
 * policy file may leave out.
 */
export function defaultDeploymentPolicy(modelName: string): DeploymentPolicy {
  return {
    format: DEPLOYMENT_POLICY_FORMAT,
    modelName,
    endpointName: modelName,
    strategy: 'canary',
    canary: {
      steps: [
        { trafficPercent: 10, minRequests: 500, minDurationSeconds: 60 },
        { trafficPercent: 50, minRequests: 2000, minDurationSeconds: 120 },
        { trafficPercent: 100, minRequests: 0, minDurationSeconds: 60 },
      ],
    },
    shadow: { mirrorPercent: 100, minRequests: 1000, minDurationSeconds: 60, minAgreement: 0.9 },
    blueGreen: { warmupRequests: 200, maxWarmupP99LatencyMs: 500 },
    guardrails: {
      error_rate_increase: 0.01,
      p95_latency_increase_ms: 50,
      p99_latency_increase_ms: 100,
      prediction_psi: 0.25,
      accuracy_drop: 0.05,
      min_labeled_for_accuracy: DEFAULT_MIN_LABELED_FOR_ACCURACY,
    },
    maxStepSeconds: DEFAULT_MAX_STEP_SECONDS,
  };
}

/** The guardrails as the string → number map RolloutStarted carries (absent limits left out). */
export function guardrailMap(guardrails: Guardrails): Record<string, number> {
  const map: Record<string, number> = {};
  for (const name of GUARDRAIL_NAMES) {
    const value = guardrails[name];
    if (value !== undefined) map[name] = value;
  }
  return map;
}
