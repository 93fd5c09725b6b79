import type { InputColumn } from '@loopline/features';
import type { TrainingTask } from '../config/training-config';

/** The value of `format` in a model artifact manifest. */
export const MODEL_ARTIFACT_FORMAT = 'loopline.model-artifact/v1';

/** A content-addressed object (the contracts' ArtifactRef). */
export interface StoredObjectRef {
  uri: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
}

/**
 * What a model takes and gives, so a server can check a request before scoring it: the raw input
 * columns its transform reads (aggregations come from the entity's online values), the tensor
 * columns the network sees, and its outputs.
 */
export interface ModelSignature {
  task: TrainingTask;
  /** Raw columns a prediction request supplies (online ones are looked up by entity). */
  inputs: InputColumn[];
  /** Tensor columns in order, as the transform lays them out. */
  featureNames: string[];
  /** Output names: `probability` (binary), one per class (multiclass), `prediction` (regression). */
  outputs: string[];
  /** Class labels in class-index order; null for regression. */
  classLabels: string[] | null;
  /** Name of the label the model predicts. */
  labelName: string;
}

/**
 * The manifest of a trained model: every file it needs, each content-addressed and verified when
 * loaded, plus the signature inline. The manifest is itself stored content-addressed, and
 * `ModelTrained.artifact` points at it.
 */
export interface ModelArtifactManifest {
  format: typeof MODEL_ARTIFACT_FORMAT;
  modelName: string;
  trainingRunId: string;
  framework: { name: 'tensorflow.js'; version: string; backend: string };
  files: {
    /** TensorFlow.js `model.json` (topology and weights manifest naming `weights.bin`). */
    model: StoredObjectRef;
    weights: StoredObjectRef;
    /** The fitted transform spec (`loopline.transform-spec/v1`) of the feature set. */
    transform: StoredObjectRef;
    signature: StoredObjectRef;
  };
  signature: ModelSignature;
}

/** Output names of a model, as the signature lists them. */
export function outputNames(task: TrainingTask, classLabels: readonly string[] | null): string[] {
  if (task === 'binary_classification') return ['probability'];
  if (task === 'regression') return ['prediction'];
  return (classLabels ?? []).map((label) => `probability:${label}`);
}
