import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadShippedMonitoringPolicies } from './shipped-monitoring-policies';
import { defaultMonitoringPolicy, parseMonitoringPolicy } from './parse-monitoring-policy';

const SHIPPED = join(__dirname, '..', '..', 'monitoring-policies');
const acceptAnySchedule = () => null;

describe('monitoring policies', () => {
  it('fills every section left out from the default policy', () => {
    const parsed = parseMonitoringPolicy({
      format: 'loopline.monitoring-policy/v1',
      model: 'm',
      drift: { minimumEffect: 0.2 },
    });
    assert.ok('policy' in parsed);
    const defaults = defaultMonitoringPolicy('m');
    assert.equal(parsed.policy.drift.minimumEffect, 0.2);
    assert.equal(parsed.policy.drift.alpha, defaults.drift.alpha);
    assert.deepEqual(parsed.policy.retraining, defaults.retraining);
  });

  it('names every problem by its path, misspelt fields included', () => {
    const parsed = parseMonitoringPolicy(
      {
        format: 'loopline.monitoring-policy/v1',
        model: 'other',
        windows: { maxRows: 10, minRows: 20 },
        drift: { alpha: 2, colums: ['a'] },
        performance: { metric: 'auc' },
        retraining: { onDrift: 'yes', schedule: 'every day' },
      },
      'm',
      (expression) => (expression === 'every day' ? 'is not a cron expression' : null),
    );
    assert.ok('problems' in parsed);
    assert.deepEqual(parsed.problems.map((each) => each.path).sort(), [
      'drift.alpha',
      'drift.colums',
      'model',
      'performance.metric',
      'retraining.onDrift',
      'retraining.schedule',
      'windows.minRows',
    ]);
  });

  it('loads the shipped policies, each named after its model', async () => {
    const policies = await loadShippedMonitoringPolicies(SHIPPED, acceptAnySchedule);
    assert.deepEqual(policies.configuredModels(), ['flights-delay', 'seattle-weather']);
    assert.equal(policies.forModel('flights-delay').performance.metric, 'roc_auc');
    assert.equal(policies.forModel('unknown-model').model, 'unknown-model');
  });
});
