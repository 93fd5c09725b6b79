import type { Problem } from '@loopline/features';
import {
  DEFAULT_MAX_STEP_SECONDS,
  DEFAULT_MIN_LABELED_FOR_ACCURACY,
  defaultDeploymentPolicy,
  DEPLOYMENT_POLICY_FORMAT,
  DEPLOYMENT_STRATEGIES,
  type DeploymentPolicy,
  type Guardrails,
  GUARDRAIL_NAMES,
  type RolloutStepSpec,
} from './deployment-policy';
import { DocumentFields, type NumberRule } from '@loopline/versioned-documents';

const NAME = {
  test: /^[a-z][a-z0-9_-]{0,63}$/,
  rule: 'must start with a lower-case letter and hold at most 64 of a-z, 0-9, _ and -',
};
const POLICY_FIELDS = [
  'format',
  'modelName',
  'endpointName',
  'strategy',
  'canary',
  'shadow',
  'blueGreen',
  'guardrails',
  'maxStepSeconds',
];
const PERCENT: NumberRule = { above: 0, max: 100 };
const COUNT: NumberRule = { whole: true, min: 0 };
const SECONDS: NumberRule = { whole: true, min: 0 };
const FRACTION: NumberRule = { min: 0, max: 1 };
const GUARDRAIL_RULES: Record<keyof Guardrails, NumberRule> = {
  error_rate_increase: FRACTION,
  p95_latency_increase_ms: { min: 0 },
  p99_latency_increase_ms: { min: 0 },
  prediction_psi: { above: 0 },
  accuracy_drop: FRACTION,
  min_labeled_for_accuracy: { whole: true, min: 1 },
};

export type DeploymentPolicyParse = { policy: DeploymentPolicy } | { problems: Problem[] };

/**
 * Parses a `loopline.deployment-policy/v1` document, naming every problem with its JSON path.
 * `blueGreen` is always required (every model's first deployment uses it), as is the section of
 * the chosen strategy; the other section may be left out and gets the default. `fileModelName`
 * is the name of the file (`<model>.json`), which `modelName` must equal.
 */
export function parseDeploymentPolicy(
  json: unknown,
  fileModelName?: string,
): DeploymentPolicyParse {
  const problems: Problem[] = [];
  const root = DocumentFields.at(json, '', problems);
  if (root === null) return { problems };
  root.allowOnly(POLICY_FIELDS);
  root.oneOf('format', [DEPLOYMENT_POLICY_FORMAT], true);
  const modelName = root.string('modelName', true, NAME);
  if (modelName !== null && fileModelName !== undefined && modelName !== fileModelName)
    root.problem('modelName', `must equal the file's name '${fileModelName}' (got '${modelName}')`);
  const endpointName = root.string('endpointName', false, NAME) ?? modelName;
  const strategy = root.oneOf('strategy', DEPLOYMENT_STRATEGIES, true);
  const maxStepSeconds =
    root.number('maxStepSeconds', { whole: true, min: 1 }, false) ?? DEFAULT_MAX_STEP_SECONDS;
  const defaults = defaultDeploymentPolicy(modelName ?? '');
  const steps = readSteps(root, strategy === 'canary', maxStepSeconds);
  const shadow = root.object('shadow', strategy === 'shadow');
  shadow?.allowOnly(['mirrorPercent', 'minRequests', 'minDurationSeconds', 'minAgreement']);
  const blueGreen = root.object('blueGreen', true);
  blueGreen?.allowOnly(['warmupRequests', 'maxWarmupP99LatencyMs']);
  const policy: DeploymentPolicy = {
    format: DEPLOYMENT_POLICY_FORMAT,
    modelName: modelName ?? '',
    endpointName: endpointName ?? '',
    strategy: strategy ?? 'canary',
    canary: steps === null ? defaults.canary : { steps },
    shadow:
      shadow === null
        ? defaults.shadow
        : {
            mirrorPercent: shadow.number('mirrorPercent', PERCENT, true) ?? 0,
            minRequests: shadow.number('minRequests', COUNT, true) ?? 0,
            minDurationSeconds: duration(shadow, maxStepSeconds),
            minAgreement: shadow.number('minAgreement', FRACTION, true) ?? 0,
          },
    blueGreen: {
      warmupRequests: blueGreen?.number('warmupRequests', { whole: true, min: 1 }, true) ?? 0,
      maxWarmupP99LatencyMs: blueGreen?.number('maxWarmupP99LatencyMs', { above: 0 }, true) ?? 0,
    },
    guardrails: readGuardrails(root),
    maxStepSeconds,
  };
  return problems.length > 0 ? { problems } : { policy };
}

function readSteps(
  root: DocumentFields,
  required: boolean,
  maxStepSeconds: number,
): RolloutStepSpec[] | null {
  const canary = root.object('canary', required);
  if (canary === null) return null;
  canary.allowOnly(['steps']);
  const raw = canary.array('steps', true);
  if (raw === null) return [];
  if (raw.length === 0) canary.problem('steps', 'must hold at least one step, the last at 100 %');
  const steps: RolloutStepSpec[] = [];
  let previous: number | null = null;
  raw.forEach((item, index) => {
    const step = DocumentFields.at(item, canary.pathOf(`steps[${index}]`), root.problems);
    if (step === null) return;
    step.allowOnly(['trafficPercent', 'minRequests', 'minDurationSeconds']);
    const trafficPercent = step.number('trafficPercent', PERCENT, true);
    if (trafficPercent !== null && previous !== null && trafficPercent <= previous)
      step.problem(
        'trafficPercent',
        `must be above the previous step's ${previous} (got ${trafficPercent}); steps only widen traffic`,
      );
    else if (trafficPercent !== null && index === raw.length - 1 && trafficPercent !== 100)
      step.problem(
        'trafficPercent',
        `the last step must send all traffic, 100 (got ${trafficPercent})`,
      );
    if (trafficPercent !== null) previous = trafficPercent;
    steps.push({
      trafficPercent: trafficPercent ?? 0,
      minRequests: step.number('minRequests', COUNT, true) ?? 0,
      minDurationSeconds: duration(step, maxStepSeconds),
    });
  });
  return steps;
}

/** A step longer than maxStepSeconds could never end, so it is refused here. */
function duration(fields: DocumentFields, maxStepSeconds: number): number {
  const seconds = fields.number('minDurationSeconds', SECONDS, true);
  if (seconds !== null && seconds > maxStepSeconds)
    fields.problem(
      'minDurationSeconds',
      `must not exceed maxStepSeconds (${maxStepSeconds}), or the step would time out before it may end (got ${seconds})`,
    );
  return seconds ?? 0;
}

function readGuardrails(root: DocumentFields): Guardrails {
  const fields = root.object('guardrails', true);
  if (fields === null) return {};
  fields.allowOnly(GUARDRAIL_NAMES);
  const guardrails: Guardrails = {};
  for (const name of GUARDRAIL_NAMES) {
    const value = fields.number(name, GUARDRAIL_RULES[name], false);
    if (value !== null) guardrails[name] = value;
  }
  if (guardrails.accuracy_drop !== undefined && guardrails.min_labeled_for_accuracy === undefined)
    guardrails.min_labeled_for_accuracy = DEFAULT_MIN_LABELED_FOR_ACCURACY;
  return guardrails;
}
