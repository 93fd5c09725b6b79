import { ErrorKind, PlatformError } from '@loopline/errors';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { TrainingErrorCode } from '../engine/training-error-code';
import type { TrainingBackend } from '../engine/train-model.types';
import {
  BACKEND_PREFERENCE,
  type BackendSelection,
  type RejectedBackend,
} from './backend-selection';
import { loadNativeBinding } from './native-binding';
import { installWasmMatMulKernel } from './wasm-matmul-kernel';

// TensorFlow.js holds one global engine per process (or worker thread): the first selection
// stays, and later calls get the same answer instead of switching backends under live tensors.
let selection: Promise<BackendSelection> | null = null;
let requested: TrainingBackend | 'auto' = 'auto';

/**
 * Picks the best TensorFlow.js backend that starts, from `preferred` down: the native GPU and
 * CPU bindings (optional packages), then WASM, then plain JavaScript. Idempotent per process.
 */
export function selectBackend(
  preferred: TrainingBackend | 'auto' = 'auto',
): Promise<BackendSelection> {
  if (selection != null) {
    if (preferred === 'auto' || preferred === requested) return selection;
    return selection.then((selected) => {
      if (selected.backend === preferred) return selected;
      throw new PlatformError(
        TrainingErrorCode.BackendUnavailable,
        `This process already trains on "${selected.backend}"; it cannot switch to "${preferred}". ` +
          'Train on another backend in a separate process or worker thread.',
        { kind: ErrorKind.PreconditionFailed, details: { selected: selected.backend, preferred } },
      );
    });
  }
  requested = preferred;
  selection = pickBackend(preferred);
  selection.catch(() => (selection = null));
  return selection;
}

async function pickBackend(preferred: TrainingBackend | 'auto'): Promise<BackendSelection> {
  tf.env().set('PROD', true);
  const start = preferred === 'auto' ? 0 : BACKEND_PREFERENCE.indexOf(preferred);
  const rejected: RejectedBackend[] = BACKEND_PREFERENCE.slice(0, start).map((backend) => ({
    backend,
    reason: `not tried: "${preferred}" was requested`,
  }));
  for (const backend of BACKEND_PREFERENCE.slice(start)) {
    const failure = await tryBackend(backend);
    if (failure == null) return { backend, frameworkVersion: tf.version.tfjs, rejected };
    rejected.push({ backend, reason: failure });
  }
  throw new PlatformError(
    TrainingErrorCode.BackendUnavailable,
    `No TensorFlow.js backend started (${rejected.map((r) => `${r.backend}: ${r.reason}`).join('; ')}). ` +
      'Reinstall @tensorflow/tfjs and @tensorflow/tfjs-backend-wasm.',
    { kind: ErrorKind.Internal, details: { rejected } },
  );
}

/** Starts one backend; returns why it did not, or null when it now runs. */
async function tryBackend(backend: TrainingBackend): Promise<string | null> {
  if (backend === 'tensorflow-gpu' || backend === 'tensorflow') {
    const binding = loadNativeBinding(
      backend === 'tensorflow-gpu' ? '@tensorflow/tfjs-node-gpu' : '@tensorflow/tfjs-node',
    );
    if (!binding.loaded) return binding.reason;
    // Both bindings register under one name; the package that loaded decides which it is.
    return (await startBackend('tensorflow'))
      ? null
      : 'the binding loaded but its backend did not start';
  }
  if (!(await startBackend(backend))) return `the ${backend} backend did not start`;
  if (backend === 'wasm') installWasmMatMulKernel();
  return null;
}

async function startBackend(name: string): Promise<boolean> {
  try {
    if (!(await tf.setBackend(name))) return false;
    await tf.ready();
    return tf.getBackend() === name;
  } catch {
    return false;
  }
}
