import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { Problem } from '@loopline/features';
import { EvaluationErrorCode } from '../errors/evaluation-error-code';
import { canonicalGatePolicyJson, gatePolicySha256 } from './canonical-gate-policy';
import { parseGatePolicy } from './parse-gate-policy';

const doc = (checks: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'loopline.gate-policy/v1',
  modelName: 'flights-delay',
  description: 'Delay classifier gate',
  checks,
  ...extra,
});

function problemsOf(input: unknown, options = {}): Problem[] {
  try {
    parseGatePolicy(input, options);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, EvaluationErrorCode.InvalidGatePolicy);
    assert.equal(error.kind, ErrorKind.InvalidInput);
    return error.details.problems as Problem[];
  }
  assert.fail('the policy was accepted');
}

describe('parseGatePolicy', () => {
  it('fills every default', () => {
    const policy = parseGatePolicy(
      doc([
        {
          kind: 'slices',
          name: 'by-origin',
          slice: { column: 'origin' },
          metric: 'roc_auc',
          maxGap: 0.1,
        },
        {
          kind: 'fairness',
          name: 'fair',
          slice: { column: 'date', part: 'month' },
          measure: 'accuracy',
          minRatio: 0.8,
        },
        { kind: 'latency', name: 'fast', p95MaxMs: 5 },
      ]),
    );
    assert.equal(policy.decisionThreshold, 0.5);
    assert.equal(policy.seed, 0);
    assert.deepEqual(policy.checks, [
      {
        kind: 'slices',
        name: 'by-origin',
        slice: { column: 'origin' },
        metric: 'roc_auc',
        maxGap: 0.1,
        minRows: 100,
        maxSlices: 20,
      },
      {
        kind: 'fairness',
        name: 'fair',
        slice: { column: 'date', part: 'month' },
        measure: 'accuracy',
        minRatio: 0.8,
        minRows: 100,
        maxSlices: 20,
      },
      { kind: 'latency', name: 'fast', p95MaxMs: 5, samples: 200 },
    ]);
    assert.deepEqual(parseGatePolicy(policy), policy);
  });

  it('lists every problem with its path', () => {
    const problems = problemsOf({
      format: 'loopline.gate-policy/v2',
      modelName: 'Flights Delay',
      decisionThreshold: 1.5,
      extra: true,
      checks: [
        { kind: 'threshold', name: 'auc', metric: 'auroc', comparator: 'gte', threshold: 0.7 },
        { kind: 'champion', name: 'auc', metric: 'roc_auc', maxRegression: 0.01 },
        {
          kind: 'slices',
          name: 's',
          slice: { column: 'origin', part: 'year' },
          metric: 'f1',
          maxGap: -1,
        },
        { kind: 'shadow', name: 'x' },
        {
          kind: 'robustness',
          name: 'r',
          metric: 'f1',
          maxDrop: 0.1,
          perturbation: { type: 'missing', fraction: 2, columns: ['a', 'a'] },
        },
        { kind: 'latency', name: 'l', p95MaxMs: 0, samples: 2.5, unit: 'ms' },
        'not a check',
      ],
    });
    assert.deepEqual(
      problems.map((p) => p.path),
      [
        'extra',
        'format',
        'modelName',
        'description',
        'decisionThreshold',
        'checks[0].metric',
        'checks[1].name',
        'checks[2].slice.part',
        'checks[2].maxGap',
        'checks[3].kind',
        'checks[4].perturbation.columns[1]',
        'checks[4].perturbation.fraction',
        'checks[5].unit',
        'checks[5].p95MaxMs',
        'checks[5].samples',
        'checks[6]',
      ],
    );
    const at = (path: string) => problems.find((p) => p.path === path)?.message;
    assert.equal(at('checks[2].maxGap'), 'must be a number ≥ 0 (got -1)');
    assert.match(at('checks[1].name') ?? '', /also the name of checks\[0\]/);
    assert.match(at('checks[3].kind') ?? '', /must be one of threshold, champion, slices/);
    assert.match(
      at('checks[0].metric') ?? '',
      /roc_auc, pr_auc, accuracy, f1, precision, recall, log_loss, rmse, mae, r2/,
    );
    assert.match(at('checks[5].unit') ?? '', /unknown field/);
  });

  it('refuses a policy with no checks', () => {
    assert.deepEqual(problemsOf(doc([])), [
      {
        path: 'checks',
        message: 'a policy with no checks would pass every model; add at least one check',
      },
    ]);
    assert.deepEqual(problemsOf(doc([]), {}).length, 1);
    assert.equal(
      problemsOf({ format: 'loopline.gate-policy/v1', modelName: 'm', description: 'd' })[0].path,
      'checks',
    );
  });

  it('refuses a slices check without bounds, and minValue on a lower-is-better metric', () => {
    const problems = problemsOf(
      doc([
        { kind: 'slices', name: 'a', slice: { column: 'origin' }, metric: 'f1' },
        { kind: 'slices', name: 'b', slice: { column: 'origin' }, metric: 'rmse', minValue: 1 },
        {
          kind: 'slices',
          name: 'c',
          slice: { column: 'origin' },
          metric: 'f1',
          maxGap: 0.1,
          maxSlices: 1,
        },
      ]),
    );
    assert.deepEqual(
      problems.map((p) => p.path),
      ['checks[0]', 'checks[1].minValue', 'checks[2].maxSlices'],
    );
  });

  it('holds modelName to the name it is registered under', () => {
    const [problem] = problemsOf(doc([{ kind: 'artifact_size', name: 'small', maxBytes: 10 }]), {
      expectedModelName: 'weather',
    });
    assert.equal(problem.path, 'modelName');
    assert.match(problem.message, /'weather'/);
  });

  it('gives one canonical form and hash to two spellings of one policy', () => {
    const check = {
      kind: 'threshold',
      name: 'auc',
      metric: 'roc_auc',
      comparator: 'gte',
      threshold: 0.7,
    };
    const implicit = parseGatePolicy(doc([check]));
    const explicit = parseGatePolicy({
      checks: [
        { threshold: 0.7, comparator: 'gte', metric: 'roc_auc', name: 'auc', kind: 'threshold' },
      ],
      seed: 0,
      decisionThreshold: 0.5,
      description: 'Delay classifier gate',
      modelName: 'flights-delay',
      format: 'loopline.gate-policy/v1',
    });
    assert.equal(canonicalGatePolicyJson(implicit), canonicalGatePolicyJson(explicit));
    assert.equal(gatePolicySha256(implicit), gatePolicySha256(explicit));
    assert.match(gatePolicySha256(implicit), /^[0-9a-f]{64}$/);
    const stricter = parseGatePolicy(doc([{ ...check, threshold: 0.75 }]));
    assert.notEqual(gatePolicySha256(stricter), gatePolicySha256(implicit));
  });
});
