import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  defaultDeploymentPolicy,
  DEPLOYMENT_POLICY_FORMAT,
  guardrailMap,
} from './deployment-policy';
import { parseDeploymentPolicy } from './parse-deployment-policy';

const valid = {
  format: DEPLOYMENT_POLICY_FORMAT,
  modelName: 'flights-delay',
  strategy: 'canary',
  canary: {
    steps: [
      { trafficPercent: 5, minRequests: 200, minDurationSeconds: 2 },
      { trafficPercent: 100, minRequests: 0, minDurationSeconds: 3 },
    ],
  },
  blueGreen: { warmupRequests: 200, maxWarmupP99LatencyMs: 250 },
  guardrails: { error_rate_increase: 0.01, accuracy_drop: 0.05 },
};

const problemsOf = (json: unknown, file?: string) => {
  const parsed = parseDeploymentPolicy(json, file);
  assert.ok('problems' in parsed, 'expected problems');
  return parsed.problems;
};

describe('parseDeploymentPolicy', () => {
  it('reads a valid policy and fills every default', () => {
    const parsed = parseDeploymentPolicy(valid, 'flights-delay');
    assert.ok('policy' in parsed);
    assert.deepEqual(parsed.policy, {
      format: DEPLOYMENT_POLICY_FORMAT,
      modelName: 'flights-delay',
      endpointName: 'flights-delay',
      strategy: 'canary',
      canary: valid.canary,
      shadow: defaultDeploymentPolicy('flights-delay').shadow,
      blueGreen: { warmupRequests: 200, maxWarmupP99LatencyMs: 250 },
      guardrails: { error_rate_increase: 0.01, accuracy_drop: 0.05, min_labeled_for_accuracy: 200 },
      maxStepSeconds: 600,
    });
  });

  it('names every bad field with its path at once', () => {
    const problems = problemsOf(
      {
        format: 'loopline.deployment-policy/v0',
        modelName: 'weather',
        endpointName: 'Bad Name',
        strategy: 'big_bang',
        canary: {
          steps: [
            { trafficPercent: 0, minRequests: 10, minDurationSeconds: 1 },
            { trafficPercent: 50, minRequests: -1, minDurationSeconds: 1.5 },
            { trafficPercent: 40, minRequests: 5, minDurationSeconds: 1, hold: true },
            { trafficPercent: 90, minRequests: 5, minDurationSeconds: 700 },
          ],
        },
        shadow: { mirrorPercent: 120, minRequests: 10, minDurationSeconds: 1, minAgreement: 1.5 },
        blueGreen: { warmupRequests: 0 },
        guardrails: { error_rate_increase: 2, prediction_psi: 0, p50_latency_ms: 3 },
        colour: 'red',
      },
      'flights-delay',
    );
    assert.deepEqual(
      problems.map((problem) => problem.path),
      [
        'colour',
        'format',
        'modelName',
        'endpointName',
        'strategy',
        'canary.steps[0].trafficPercent',
        'canary.steps[1].minRequests',
        'canary.steps[1].minDurationSeconds',
        'canary.steps[2].hold',
        'canary.steps[2].trafficPercent',
        'canary.steps[3].trafficPercent',
        'canary.steps[3].minDurationSeconds',
        'shadow.mirrorPercent',
        'shadow.minAgreement',
        'blueGreen.warmupRequests',
        'blueGreen.maxWarmupP99LatencyMs',
        'guardrails.p50_latency_ms',
        'guardrails.error_rate_increase',
        'guardrails.prediction_psi',
      ],
    );
    const message = (path: string) => problems.find((problem) => problem.path === path)?.message;
    assert.equal(
      message('modelName'),
      "must equal the file's name 'flights-delay' (got 'weather')",
    );
    assert.equal(
      message('canary.steps[2].trafficPercent'),
      "must be above the previous step's 50 (got 40); steps only widen traffic",
    );
    assert.equal(
      message('canary.steps[3].trafficPercent'),
      'the last step must send all traffic, 100 (got 90)',
    );
    assert.equal(
      message('canary.steps[1].minRequests'),
      'must be a whole number at least 0 (got -1)',
    );
    assert.match(message('canary.steps[3].minDurationSeconds') ?? '', /maxStepSeconds \(600\)/);
    assert.equal(message('blueGreen.maxWarmupP99LatencyMs'), 'is required');
  });

  it('requires the section of the chosen strategy and blueGreen', () => {
    const { canary: _canary, blueGreen: _blueGreen, ...rest } = valid;
    assert.deepEqual(problemsOf({ ...rest, strategy: 'shadow' }), [
      { path: 'shadow', message: 'is required' },
      { path: 'blueGreen', message: 'is required' },
    ]);
    assert.deepEqual(problemsOf({ ...valid, canary: { steps: [] } }), [
      { path: 'canary.steps', message: 'must hold at least one step, the last at 100 %' },
    ]);
  });

  it('refuses a body that is not an object', () => {
    assert.deepEqual(problemsOf(['x']), [
      { path: '(root)', message: 'must be a JSON object (got ["x"])' },
    ]);
  });

  it('accepts the shipped policy files', () => {
    const dir = join(__dirname, '..', '..', '..', 'deployment-policies');
    const read = (model: string) => {
      const json: unknown = JSON.parse(readFileSync(join(dir, `${model}.json`), 'utf8'));
      const parsed = parseDeploymentPolicy(json, model);
      assert.ok('policy' in parsed, `${model}: ${JSON.stringify(parsed)}`);
      return parsed.policy;
    };
    const flights = read('flights-delay');
    assert.deepEqual(
      flights.canary.steps.map((step) => step.trafficPercent),
      [5, 25, 50, 100],
    );
    assert.deepEqual(guardrailMap(flights.guardrails), {
      error_rate_increase: 0.01,
      p95_latency_increase_ms: 25,
      p99_latency_increase_ms: 50,
      prediction_psi: 0.25,
      accuracy_drop: 0.05,
      min_labeled_for_accuracy: 200,
    });
    const weather = read('seattle-weather');
    assert.equal(weather.strategy, 'shadow');
    assert.deepEqual(
      [weather.shadow.mirrorPercent, weather.shadow.minAgreement, weather.blueGreen.warmupRequests],
      [100, 0.8, 200],
    );
  });

  it('gives a model without a file a canary of 10, 50 and 100 %', () => {
    const policy = defaultDeploymentPolicy('m');
    assert.deepEqual(
      policy.canary.steps.map((step) => step.trafficPercent),
      [10, 50, 100],
    );
    assert.equal(policy.endpointName, 'm');
    assert.ok('policy' in parseDeploymentPolicy(policy, 'm'), 'the default is itself a valid file');
  });
});
