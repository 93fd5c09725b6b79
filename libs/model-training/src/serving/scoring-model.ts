import {
  compileTransform,
  type CompiledTransform,
  parseTransformSpec,
  type RawBatch,
} from '@loopline/features';
import type * as tf from '@tensorflow/tfjs';
import type { ModelSignature } from '../artifact/model-artifact';
import type { SavedModelFiles } from '../engine/train-model.types';
import { loadModel } from '../model/load-model';
import { predictRows } from '../model/predict-rows';

/** A stored model's files, already fetched and verified against their sha256. */
export interface ScoringModelFiles extends SavedModelFiles {
  /** The fitted transform spec JSON the model was trained with. */
  transformSpec: unknown;
  signature: ModelSignature;
}

/**
 * A trained model with its own transform: raw rows in, outputs out, exactly as training encoded
 * them. Evaluation scores test rows with it and serving scores requests, so neither can drift
 * from the other. Needs a TensorFlow.js backend chosen (selectBackend) before loading.
 */
export class ScoringModel {
  private constructor(
    readonly signature: ModelSignature,
    readonly transform: CompiledTransform,
    private readonly model: tf.LayersModel,
  ) {}

  static async load(files: ScoringModelFiles): Promise<ScoringModel> {
    const transform = compileTransform(parseTransformSpec(files.transformSpec));
    return new ScoringModel(files.signature, transform, await loadModel(files));
  }

  /** Output columns per row: 1 for binary and regression, one per class for multiclass. */
  get outputWidth(): number {
    return this.signature.task === 'multiclass_classification'
      ? (this.signature.classLabels ?? []).length
      : 1;
  }

  /**
   * Outputs for every row, row-major. Throws the transform's error naming the missing or
   * mistyped columns when `batch` does not carry what this model reads.
   */
  score(batch: RawBatch): Float32Array {
    const matrix = this.transform.transformBatch(batch);
    return predictRows(this.model, matrix, batch.rowCount, this.transform.layout.width);
  }

  dispose(): void {
    this.model.dispose();
  }
}
