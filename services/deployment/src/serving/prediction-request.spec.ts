import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InputColumn } from '@loopline/features';
import { PlatformError } from '@loopline/errors';
import { checkInstanceFields, instancesOf } from './prediction-request';

const INPUTS: InputColumn[] = [
  { name: 'distance', type: 'numeric', online: false },
  { name: 'origin', type: 'categorical', online: false },
];

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    return (error.details as { problems: { path: string }[] }).problems.map((p) => p.path);
  }
  assert.fail('expected a 400');
}

describe('prediction requests', () => {
  it('takes "instances" or one "instance"', () => {
    assert.equal(instancesOf({ instances: [{ a: 1 }, { a: 2 }] }, 10).length, 2);
    assert.deepEqual(instancesOf({ instance: { a: 1 } }, 10), [{ a: 1 }]);
  });

  it('names what is wrong with the body', () => {
    assert.deepEqual(
      problemsOf(() => instancesOf({ rows: [] }, 10)),
      [''],
    );
    assert.deepEqual(
      problemsOf(() => instancesOf({ instances: [] }, 10)),
      ['instances'],
    );
    assert.deepEqual(
      problemsOf(() => instancesOf({ instances: [1, {}] }, 10)),
      ['instances[0]'],
    );
  });

  it('answers 413 past the per-request limit', () => {
    assert.throws(
      () => instancesOf({ instances: [{}, {}, {}] }, 2),
      (error: PlatformError) => error.code === 'DEPLOYMENT.TOO_MANY_INSTANCES',
    );
  });

  it('names each missing and each unknown field of each instance', () => {
    const paths = problemsOf(() =>
      checkInstanceFields(
        [
          { distance: 1, origin: 'SEA' },
          { distance: 2 },
          { distance: 3, origin: null, orign: 'x' },
        ],
        INPUTS,
      ),
    );
    assert.deepEqual(paths, ['instances[1].origin', 'instances[2].orign']);
  });
});
