import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { PlatformError } from '@loopline/errors';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from './select-backend';

describe('selectBackend', () => {
  it('falls through absent native bindings to WASM, says why, and keeps its choice', async () => {
    const selection = await selectBackend('auto');
    // On machines without the native bindings (this one), WASM is the best that starts.
    if (selection.backend === 'wasm') {
      assert.deepEqual(
        selection.rejected.map((r) => r.backend),
        ['tensorflow-gpu', 'tensorflow'],
      );
      assert.ok(selection.rejected.every((r) => r.reason.includes('did not load')));
    }
    assert.equal(
      tf.getBackend(),
      selection.backend === 'tensorflow-gpu' ? 'tensorflow' : selection.backend,
    );
    assert.equal(selection.frameworkVersion, '4.22.0');
    assert.equal(await selectBackend('auto'), selection);
    await assert.rejects(
      selectBackend('cpu'),
      (e: PlatformError) => e.code === 'TRAINING.BACKEND_UNAVAILABLE',
    );
  });
});
