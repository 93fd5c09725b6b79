export { classWeightsByIndex } from './class-weights';
export { createOptimizer, setLearningRate } from './create-optimizer';
export { learningRateAt } from './learning-rate';
export { trainModel } from './train-model';
export { TrainingErrorCode } from './training-error-code';
