import { selectBackend } from '../backend/select-backend';
import { buildModel } from '../model/build-model';
import { predictRows } from '../model/predict-rows';
import { saveModel } from '../model/save-model';
import { checkTrainingData } from './check-training-data';
import { classWeightsByIndex } from './class-weights';
import { createOptimizer, setLearningRate } from './create-optimizer';
import { EarlyStopping } from './early-stopping';
import { EpochLoop } from './epoch-loop';
import { learningRateAt } from './learning-rate';
import { trainingLoss } from './training-loss';
import type { EpochReport, TrainModelRequest, TrainModelResult } from './train-model.types';
import { validationMetrics } from './validation-metrics';

/**
 * Trains one model from a configuration and its data, reproducibly: the same configuration,
 * data, seed and backend give the same epoch metrics and the same weight bytes. Runs on the
 * backend `selectBackend` chose (the best available when none was chosen yet). Every tensor it
 * makes is released before it returns, on success, error and abort alike.
 */
export async function trainModel(request: TrainModelRequest): Promise<TrainModelResult> {
  const started = performance.now();
  const { config, data, signal } = request;
  const { backend, frameworkVersion } = await selectBackend();
  const classCount = checkTrainingData(config.task, data);
  const { train, validation } = data;
  const classWeights =
    config.task === 'regression' || data.classLabels == null
      ? null
      : classWeightsByIndex(config.training.classWeights, train.labels, data.classLabels);

  const model = buildModel(config, train.width, classCount);
  const optimizer = createOptimizer(config.optimizer);
  const earlyStopping =
    config.training.earlyStopping == null ? null : new EarlyStopping(config.training.earlyStopping);
  try {
    const loop = new EpochLoop(
      config,
      train,
      model,
      optimizer,
      trainingLoss(model, config, classCount),
      classWeights,
    );
    const totalEpochs = config.training.epochs;
    const epochs: EpochReport[] = [];
    let trainingMs = 0;
    let stoppedEarly = false;
    for (let epoch = 0; epoch < totalEpochs && !stoppedEarly; epoch++) {
      const learningRate = learningRateAt(config.optimizer, epoch, totalEpochs);
      setLearningRate(optimizer, learningRate);
      const epochStart = performance.now();
      const loss = await loop.run(epoch, signal);
      const epochTrainMs = performance.now() - epochStart;
      trainingMs += epochTrainMs;
      const metrics: Record<string, number> = { loss };
      if (validation.rows > 0) {
        const outputs = predictRows(model, validation.features, validation.rows, validation.width);
        Object.assign(
          metrics,
          validationMetrics(config.task, validation.labels, outputs, data.classLabels),
        );
      }
      const report: EpochReport = {
        epoch,
        totalEpochs,
        metrics,
        learningRate,
        durationMs: performance.now() - epochStart,
        samplesPerSecond: (train.rows * 1000) / epochTrainMs,
      };
      epochs.push(report);
      stoppedEarly =
        earlyStopping?.update(epoch, metrics, model) === true && epoch < totalEpochs - 1;
      request.onEpoch?.(report);
    }
    const lastEpoch = epochs.length - 1;
    const bestEpoch = earlyStopping?.restore(model, lastEpoch) ?? lastEpoch;
    const predict = (split: typeof train) =>
      predictRows(model, split.features, split.rows, split.width);
    return {
      backend,
      frameworkVersion,
      epochs,
      bestEpoch,
      stoppedEarly,
      parameterCount: model.countParams(),
      samplesPerSecond: (train.rows * epochs.length * 1000) / trainingMs,
      predictions: {
        train: predict(train),
        validation: predict(validation),
        test: predict(data.test),
      },
      model: await saveModel(model),
      durationMs: performance.now() - started,
    };
  } finally {
    earlyStopping?.dispose();
    optimizer.dispose();
    model.dispose();
  }
}
