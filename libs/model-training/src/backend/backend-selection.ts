import type { TrainingBackend } from '../engine/train-model.types';

/** Why one backend was not used. */
export interface RejectedBackend {
  backend: TrainingBackend;
  reason: string;
}

/** The backend this process trains on, and why the better ones were passed over. */
export interface BackendSelection {
  backend: TrainingBackend;
  /** TensorFlow.js version (`@tensorflow/tfjs`). */
  frameworkVersion: string;
  rejected: RejectedBackend[];
}

/** Best first: the order in which `selectBackend('auto')` tries them. */
export const BACKEND_PREFERENCE: readonly TrainingBackend[] = [
  'tensorflow-gpu',
  'tensorflow',
  'wasm',
  'cpu',
];
