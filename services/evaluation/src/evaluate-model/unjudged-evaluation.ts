import {
  EVALUATION_REPORT_FORMAT,
  type GateCheckOutcome,
  type GateEvaluation,
} from '@loopline/model-evaluation';

/**
 * A verdict reached without applying a policy: no policy registered, or the evaluation itself
 * failed for good. It is a failed gate with one check saying why, never a silent pass.
 */
export function unjudgedEvaluation(check: GateCheckOutcome): GateEvaluation {
  return {
    format: EVALUATION_REPORT_FORMAT,
    passed: false,
    checks: [check],
    metrics: {},
    rows: 0,
    decisionThreshold: null,
    champion: null,
    slices: [],
    robustness: [],
    latency: null,
    plots: { roc: {}, pr: {}, calibration: {}, confusionMatrix: null },
  };
}

export function noPolicyCheck(modelName: string): GateCheckOutcome {
  return {
    checkName: 'gate_policy',
    metric: 'policy.checks',
    comparator: 'gte',
    threshold: 1,
    observed: 0,
    baseline: null,
    passed: false,
    message: `No gate policy is registered for ${modelName}, and a model with no checks is never passed. Register one with PUT /gate-policies/${modelName} (or ship gate-policies/${modelName}.json), then retrain or approve with an override.`,
  };
}

export function evaluationFailedCheck(code: string, message: string): GateCheckOutcome {
  return {
    checkName: 'evaluation_completed',
    metric: 'evaluation.completed',
    comparator: 'gte',
    threshold: 1,
    observed: 0,
    baseline: null,
    passed: false,
    message: `The evaluation could not be completed (${code}): ${message}`,
  };
}
