import type { Problem } from '@loopline/features';
import { invalidGatePolicy } from '../errors/invalid-gate-policy.error';
import { GATE_POLICY_FORMAT, type GateCheckSpec, type GatePolicy } from '../gate-policy';
import {
  CHECK_NAME,
  CHECK_NAME_RULE,
  GATE_POLICY_BOUNDS as BOUNDS,
  GATE_POLICY_DEFAULTS as DEFAULTS,
  MODEL_NAME,
  MODEL_NAME_RULE,
} from './gate-policy-bounds';
import { parseGateCheck } from './parse-gate-check';
import { PolicyFields } from './policy-fields';

const POLICY_FIELDS = ['format', 'modelName', 'description', 'decisionThreshold', 'seed', 'checks'];

export interface ParseGatePolicyOptions {
  /** The model name the policy is registered under: its `modelName` must equal it. */
  expectedModelName?: string;
}

/**
 * Parses a `loopline.gate-policy/v1` document (a shipped file, an HTTP body, a stored version)
 * into a normalized copy with every default filled (decisionThreshold 0.5, seed 0, minRows 100,
 * maxSlices 20, latency samples 200). Names every problem at once, each with its path
 * (`checks[2].maxGap`), in one PlatformError `EVALUATION.INVALID_GATE_POLICY` whose
 * `details.problems` lists them.
 */
export function parseGatePolicy(input: unknown, options: ParseGatePolicyOptions = {}): GatePolicy {
  const problems: Problem[] = [];
  const policy = readPolicy(input, problems, options);
  if (policy === null || problems.length > 0) throw invalidGatePolicy(problems);
  return policy;
}

function readPolicy(
  input: unknown,
  problems: Problem[],
  options: ParseGatePolicyOptions,
): GatePolicy | null {
  const root = PolicyFields.at(input, '', problems);
  if (root === null) return null;
  root.allowOnly(POLICY_FIELDS);
  const format = root.oneOf('format', [GATE_POLICY_FORMAT], true);
  const modelName = root.string('modelName', true);
  if (modelName !== null && !MODEL_NAME.test(modelName))
    root.problem('modelName', `${MODEL_NAME_RULE} (got '${modelName}')`);
  else if (
    modelName !== null &&
    options.expectedModelName !== undefined &&
    modelName !== options.expectedModelName
  )
    root.problem(
      'modelName',
      `must equal the name it is registered under, '${options.expectedModelName}' (got '${modelName}')`,
    );
  return {
    format: format ?? GATE_POLICY_FORMAT,
    modelName: modelName ?? '',
    description: root.string('description', true) ?? '',
    decisionThreshold:
      root.number('decisionThreshold', BOUNDS.decisionThreshold, false) ??
      DEFAULTS.decisionThreshold,
    seed: root.number('seed', BOUNDS.seed, false) ?? DEFAULTS.seed,
    checks: readChecks(root),
  };
}

function readChecks(root: PolicyFields): GateCheckSpec[] {
  const raw = root.array('checks', true);
  if (raw === null) return [];
  if (raw.length === 0) {
    root.problem(
      'checks',
      'a policy with no checks would pass every model; add at least one check',
    );
    return [];
  }
  const checks: GateCheckSpec[] = [];
  const firstIndexOf = new Map<string, number>();
  raw.forEach((item, index) => {
    const check = PolicyFields.at(item, root.pathOf(`checks[${index}]`), root.problems);
    if (check === null) return;
    const name = check.string('name', true);
    if (name !== null && !CHECK_NAME.test(name))
      check.problem('name', `${CHECK_NAME_RULE} (got '${name}')`);
    else if (name !== null && firstIndexOf.has(name))
      check.problem(
        'name',
        `'${name}' is also the name of checks[${firstIndexOf.get(name)}]; give every check its own name`,
      );
    else if (name !== null) firstIndexOf.set(name, index);
    const spec = parseGateCheck(check, name ?? '');
    if (spec !== null) checks.push(spec);
  });
  return checks;
}
