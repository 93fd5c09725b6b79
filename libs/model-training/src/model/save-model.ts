import * as tf from '@tensorflow/tfjs';
import type { SavedModelFiles } from '../engine/train-model.types';

/** Name of the weights file that `model.json`'s manifest points at. */
export const WEIGHTS_FILE = 'weights.bin';

/**
 * Serializes a model the way `tf.loadLayersModel` reads it: `model.json` (topology and a
 * weights manifest naming `weights.bin`) and the weight bytes. Nothing touches the disk.
 */
export async function saveModel(model: tf.LayersModel): Promise<SavedModelFiles> {
  let files: SavedModelFiles | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData =
        artifacts.weightData == null
          ? new ArrayBuffer(0)
          : tf.io.CompositeArrayBuffer.join(artifacts.weightData);
      const modelJson = {
        format: artifacts.format ?? 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
      };
      files = { modelJson: JSON.stringify(modelJson), weights: new Uint8Array(weightData) };
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  if (files == null) throw new Error('model.save returned without calling its save handler');
  return files;
}
