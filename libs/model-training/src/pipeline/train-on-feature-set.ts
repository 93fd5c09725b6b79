import { readFile } from 'node:fs/promises';
import { parseTransformSpec, readFeatureSetSplit } from '@loopline/features';
import type { TrainingConfig } from '../config/training-config';
import { modelSignature } from '../artifact/model-signature';
import type { ModelSignature } from '../artifact/model-artifact';
import { selectBackend } from '../backend';
import { splitMatrixFromFeatureSet } from '../data';
import { type SplitEvaluation, evaluatePredictions } from '../evaluate/evaluate-predictions';
import { trainModel } from '../engine/train-model';
import type {
  EpochReport,
  SplitMatrix,
  TrainingBackend,
  TrainModelResult,
} from '../engine/train-model.types';

/** Local copies of a feature set's files, already verified against their sha256. */
export interface FeatureSetFiles {
  train: string;
  validation: string;
  test: string;
  /** The fitted transform spec (`loopline.transform-spec/v1`) JSON. */
  transformSpec: string;
}

export interface TrainOnFeatureSetRequest {
  config: TrainingConfig;
  files: FeatureSetFiles;
  backend?: TrainingBackend | 'auto';
  /** Called once the backend is chosen, before the data is read. */
  onStart?: (started: TrainingStarted) => void;
  onEpoch?: (report: EpochReport) => void;
  signal?: AbortSignal;
}

export interface TrainingStarted {
  backend: TrainingBackend;
  frameworkVersion: string;
}

/** A trained model with its signature and its quality on every split. */
export interface TrainedOnFeatureSet extends Omit<TrainModelResult, 'predictions'> {
  signature: ModelSignature;
  evaluation: { train: SplitEvaluation; validation: SplitEvaluation; test: SplitEvaluation };
}

/**
 * One training run over a materialized feature set: reads the splits, checks the configuration
 * against the view's label, trains, and scores the kept model on train, validation and test.
 * CPU-heavy from start to end: callers run it off their event loop.
 */
export async function trainOnFeatureSet(
  request: TrainOnFeatureSetRequest,
): Promise<TrainedOnFeatureSet> {
  const { config, files } = request;
  request.onStart?.(await selectBackend(request.backend ?? 'auto'));
  const spec = parseTransformSpec(JSON.parse(await readFile(files.transformSpec, 'utf8')));
  const signature = modelSignature(spec, config.task);
  const [train, validation, test] = await Promise.all(
    [files.train, files.validation, files.test].map(async (path) =>
      splitMatrixFromFeatureSet(await readFeatureSetSplit(path)),
    ),
  );
  const { predictions, ...trained } = await trainModel({
    config,
    data: {
      train,
      validation,
      test,
      featureNames: signature.featureNames,
      classLabels: signature.classLabels,
    },
    onEpoch: request.onEpoch,
    signal: request.signal,
  });
  const evaluate = (split: SplitMatrix, outputs: Float32Array) =>
    evaluatePredictions(config.task, split.labels, outputs, signature.classLabels);
  return {
    ...trained,
    signature,
    evaluation: {
      train: evaluate(train, predictions.train),
      validation: evaluate(validation, predictions.validation),
      test: evaluate(test, predictions.test),
    },
  };
}
