export { RolloutDomainErrorCode } from './rollout-domain-error-code';
export {
  DEFAULT_MAX_STEP_SECONDS,
  DEFAULT_MIN_LABELED_FOR_ACCURACY,
  defaultDeploymentPolicy,
  DEPLOYMENT_POLICY_FORMAT,
  DEPLOYMENT_STRATEGIES,
  type BlueGreenSpec,
  type DeploymentPolicy,
  type DeploymentStrategy,
  GUARDRAIL_NAMES,
  guardrailMap,
  type GuardrailName,
  type Guardrails,
  type RolloutStepSpec,
  type ShadowSpec,
} from './deployment-policy';
export { parseDeploymentPolicy, type DeploymentPolicyParse } from './parse-deployment-policy';
export { DEPLOYMENT_POLICY_KIND } from './deployment-policy.kind';
export { DeploymentPolicies, loadShippedDeploymentPolicies } from './shipped-deployment-policies';
export {
  BINARY_OUTPUT_BINS,
  binaryOutputBin,
  emptyObservation,
  errorRate,
  LATENCY_BUCKET_BOUNDS_MS,
  latencyBucketIndex,
  latencyQuantileMs,
  mergeObservations,
  recordLatency,
  type ServingObservation,
} from './serving-observation';
export { GUARDRAIL_EVIDENCE } from './guardrail-checks';
export {
  judgeRollout,
  MIN_COMPARED_FOR_AGREEMENT,
  type RolloutJudgeInput,
  type RolloutJudgement,
  type RolloutVerdict,
  type WarmupResult,
} from './rollout-judge';
export {
  ALLOWED_ROLLOUT_TRANSITIONS,
  assertRolloutTransition,
  canMoveRollout,
  isRolloutState,
  isTerminal,
  ROLLOUT_STATES,
  type RolloutState,
} from './rollout-lifecycle';
