import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultModelPolicy, MODEL_POLICY_FORMAT, parseModelPolicy } from './model-policy';

const valid = {
  format: MODEL_POLICY_FORMAT,
  modelName: 'flights-delay',
  intendedUse: 'operations planning',
  limitations: ['modest ranking quality'],
  owners: ['ml-platform@example.com'],
  approval: { requiredFor: ['production'] },
};

describe('model policy parsing', () => {
  it('reads a valid policy', () => {
    const { policy, problems } = parseModelPolicy(valid, 'flights-delay');
    assert.deepEqual(problems, []);
    assert.deepEqual(policy, {
      modelName: 'flights-delay',
      intendedUse: 'operations planning',
      limitations: ['modest ranking quality'],
      owners: ['ml-platform@example.com'],
      approval: { requiredFor: ['production'] },
      documented: true,
    });
  });

  it('names every problem at once', () => {
    const { policy, problems } = parseModelPolicy(
      {
        format: 'loopline.model-policy/v0',
        modelName: 'weather',
        intendedUse: '',
        limitations: 'none',
        owners: [],
        approval: { requiredFor: ['Production'], quorum: 2 },
        colour: 'red',
      },
      'flights-delay',
    );
    assert.equal(policy, null);
    assert.deepEqual(problems, [
      "unknown field 'colour'",
      'format must be \'loopline.model-policy/v1\' (got "loopline.model-policy/v0")',
      "modelName 'weather' does not match the file name 'flights-delay'",
      'intendedUse must be a non-empty string',
      'limitations must be an array of non-empty strings',
      'owners must name at least one owner',
      "unknown field 'approval.quorum'",
      "approval.requiredFor holds 'Production', which is not an alias name",
    ]);
  });

  it('refuses a body that is not an object', () => {
    assert.deepEqual(parseModelPolicy(['x']).problems, ['the policy must be a JSON object']);
  });

  it('defaults to requiring approval for production when a model has no file', () => {
    assert.deepEqual(defaultModelPolicy('m'), {
      modelName: 'm',
      intendedUse: 'not documented',
      limitations: [],
      owners: [],
      approval: { requiredFor: ['production'] },
      documented: false,
    });
  });

  it('accepts the shipped policy files', () => {
    const dir = join(__dirname, '..', '..', 'model-policies');
    for (const model of ['flights-delay', 'seattle-weather']) {
      const json: unknown = JSON.parse(readFileSync(join(dir, `${model}.json`), 'utf8'));
      const { policy, problems } = parseModelPolicy(json, model);
      assert.deepEqual(problems, [], model);
      assert.deepEqual(policy?.approval.requiredFor, ['production']);
      assert.ok((policy?.limitations.length ?? 0) >= 2, `${model} documents its limitations`);
    }
  });
});
