import { readFile } from 'node:fs/promises';
import { ArtifactStore } from '@loopline/artifacts';
import {
  MODEL_ARTIFACT_FORMAT,
  type ModelArtifactManifest,
  type StoredObjectRef,
  type TrainedOnFeatureSet,
} from '@loopline/model-training';
import { Inject, Injectable } from '@nestjs/common';
import { TRAINING_SETTINGS, type TrainingSettings } from '../config/training.settings';
import type { RunArtifact } from '../tracking';

const JSON_TYPE = 'application/json';
const MANIFEST_TYPE = 'application/vnd.loopline.model-artifact+json';

/** What a run stored: the model (its manifest), its transform, and the run's own records. */
export interface StoredRunArtifacts {
  model: StoredObjectRef;
  transform: StoredObjectRef;
  /** For the tracking store: model, learning curves, confusion matrices, signature. */
  runArtifacts: RunArtifact[];
}

/**
 * Stores a trained model content-addressed: the TensorFlow.js files, the transform spec it must
 * be served with and its signature, then a manifest naming them all by sha256, which is what
 * `ModelTrained.artifact` points at. Nothing refers to these objects until ModelTrained commits,
 * so a crash here leaves only unreferenced objects, which a rerun finds already there.
 */
@Injectable()
export class ModelArtifactUploader {
  constructor(
    private readonly artifacts: ArtifactStore,
    @Inject(TRAINING_SETTINGS) private readonly settings: TrainingSettings,
  ) {}

  async upload(
    modelName: string,
    runId: string,
    trained: TrainedOnFeatureSet,
    transformSpecPath: string,
  ): Promise<StoredRunArtifacts> {
    const metadata = { model: modelName, 'training-run': runId };
    const put = (bytes: Buffer, mediaType: string) => this.put(bytes, mediaType, metadata);
    const files = {
      model: await put(Buffer.from(trained.model.modelJson, 'utf8'), JSON_TYPE),
      weights: await put(Buffer.from(trained.model.weights), 'application/octet-stream'),
      transform: await put(await readFile(transformSpecPath), JSON_TYPE),
      signature: await put(jsonBytes(trained.signature), JSON_TYPE),
    };
    const manifest: ModelArtifactManifest = {
      format: MODEL_ARTIFACT_FORMAT,
      modelName,
      trainingRunId: runId,
      framework: {
        name: 'tensorflow.js',
        version: trained.frameworkVersion,
        backend: trained.backend,
      },
      files,
      signature: trained.signature,
    };
    const model = await put(jsonBytes(manifest), MANIFEST_TYPE);
    const learningCurves = await put(jsonBytes(trained.epochs), JSON_TYPE);
    const confusionMatrices = await put(
      jsonBytes({
        validation: trained.evaluation.validation.confusionMatrix,
        test: trained.evaluation.test.confusionMatrix,
      }),
      JSON_TYPE,
    );
    const named = (name: string, ref: StoredObjectRef): RunArtifact => ({ name, ...ref });
    return {
      model,
      transform: files.transform,
      runArtifacts: [
        named('model', model),
        named('signature', files.signature),
        named('transform', files.transform),
        named('learning-curves', learningCurves),
        ...(trained.signature.task === 'regression'
          ? []
          : [named('confusion-matrix', confusionMatrices)]),
      ],
    };
  }

  private async put(
    bytes: Buffer,
    mediaType: string,
    metadata: Record<string, string>,
  ): Promise<StoredObjectRef> {
    const stored = await this.artifacts.putContentAddressed(this.settings.bucket, bytes, {
      contentType: mediaType,
      metadata,
    });
    return { ...stored, mediaType };
  }
}

function jsonBytes(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
