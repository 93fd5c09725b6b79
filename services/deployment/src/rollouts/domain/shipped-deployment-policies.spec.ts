import { strict as assert } from 'node:assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { loadShippedDeploymentPolicies } from './shipped-deployment-policies';

const SHIPPED = join(__dirname, '..', '..', '..', 'deployment-policies');

describe('loadShippedDeploymentPolicies', () => {
  it('loads the shipped files and gives other models the default', async () => {
    const policies = await loadShippedDeploymentPolicies(SHIPPED);
    assert.deepEqual(policies.shippedModels, ['flights-delay', 'seattle-weather']);
    assert.equal(policies.policyFor('flights-delay').canary.steps[0].trafficPercent, 5);
    assert.equal(policies.policyFor('seattle-weather').strategy, 'shadow');
    const other = policies.policyFor('taxi-fares');
    assert.deepEqual(
      [other.modelName, other.strategy, other.canary.steps.map((step) => step.trafficPercent)],
      ['taxi-fares', 'canary', [10, 50, 100]],
    );
  });

  it('names every problem of every bad file in one error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deployment-policies-'));
    try {
      await writeFile(join(dir, 'a.json'), '{ not json');
      await writeFile(
        join(dir, 'b.json'),
        JSON.stringify({
          format: 'loopline.deployment-policy/v1',
          modelName: 'c',
          strategy: 'canary',
        }),
      );
      await assert.rejects(loadShippedDeploymentPolicies(dir), (error: unknown) => {
        assert.ok(error instanceof PlatformError);
        assert.equal(error.code, 'DEPLOYMENT.INVALID_POLICY');
        assert.equal(error.httpStatus, 400);
        const faults = error.details?.faults as string[];
        assert.equal(faults.length, 2);
        assert.match(faults[0], /a\.json: .*JSON/);
        assert.match(faults[1], /b\.json: modelName: must equal the file's name 'b'/);
        for (const path of [
          'canary: is required',
          'blueGreen: is required',
          'guardrails: is required',
        ])
          assert.ok(faults[1].includes(path), `${path} in ${faults[1]}`);
        return true;
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives every model the default when the folder is missing', async () => {
    const policies = await loadShippedDeploymentPolicies(join(tmpdir(), 'no-such-policies-dir'));
    assert.deepEqual(policies.shippedModels, []);
    assert.equal(policies.policyFor('flights-delay').canary.steps.length, 3);
  });
});
