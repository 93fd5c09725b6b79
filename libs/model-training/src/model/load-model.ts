import { ErrorKind, PlatformError } from '@loopline/errors';
import * as tf from '@tensorflow/tfjs';
import { TrainingErrorCode } from '../engine/training-error-code';
import type { SavedModelFiles } from '../engine/train-model.types';

interface ModelJson {
  modelTopology?: object;
  weightsManifest?: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

/** Reads back what `saveModel` wrote (or any single-weights-file TensorFlow.js layers model). */
export async function loadModel(files: SavedModelFiles): Promise<tf.LayersModel> {
  let json: ModelJson;
  try {
    json = JSON.parse(files.modelJson) as ModelJson;
  } catch (error) {
    throw invalidFiles(`model.json is not JSON: ${(error as Error).message}`);
  }
  if (json.modelTopology == null || !Array.isArray(json.weightsManifest)) {
    throw invalidFiles('model.json lacks modelTopology or weightsManifest');
  }
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  // A Uint8Array may be a view into a larger buffer: hand over exactly its bytes.
  const { buffer, byteOffset, byteLength } = files.weights;
  const weightData = buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  try {
    return await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData }),
    );
  } catch (error) {
    throw invalidFiles((error as Error).message, error);
  }
}

function invalidFiles(what: string, cause?: unknown): PlatformError {
  return new PlatformError(
    TrainingErrorCode.InvalidModelFiles,
    `The saved model cannot be loaded: ${what}. Check that model.json and weights.bin come from the same training run.`,
    { kind: ErrorKind.Unprocessable, cause },
  );
}
