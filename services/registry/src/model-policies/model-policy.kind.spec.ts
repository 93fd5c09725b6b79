import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { MODEL_POLICY_FORMAT } from './model-policy';
import { MODEL_POLICY_KIND } from './model-policy.kind';

const file = {
  format: MODEL_POLICY_FORMAT,
  modelName: 'flights-delay',
  intendedUse: 'operations planning',
  limitations: ['modest ranking quality'],
  owners: ['ml-platform@example.com'],
  approval: { requiredFor: ['production'] },
};

describe('model policies as versioned documents', () => {
  it('hash the same whatever the key order, and differently when a rule changes', () => {
    const reordered = {
      approval: { requiredFor: ['production'] },
      owners: ['ml-platform@example.com'],
      limitations: ['modest ranking quality'],
      intendedUse: 'operations planning',
      modelName: 'flights-delay',
      format: MODEL_POLICY_FORMAT,
    };
    const sha = (json: unknown) => MODEL_POLICY_KIND.sha256(MODEL_POLICY_KIND.parse(json));
    assert.match(sha(file), /^[0-9a-f]{64}$/);
    assert.equal(sha(reordered), sha(file));
    assert.notEqual(sha({ ...file, approval: { requiredFor: [] } }), sha(file));
  });

  it('store the file form, named after the model', () => {
    const document = MODEL_POLICY_KIND.parse(file, 'flights-delay');
    assert.deepEqual(document, file);
    assert.equal(MODEL_POLICY_KIND.nameOf(document), 'flights-delay');
  });

  it('name every problem of a bad file', () => {
    assert.throws(
      () => MODEL_POLICY_KIND.parse({ ...file, owners: [] }, 'seattle-weather'),
      (error: PlatformError) =>
        error.code === 'REGISTRY.INVALID_MODEL_POLICY' &&
        (error.details.problems as { message: string }[]).length === 2,
    );
  });
});
