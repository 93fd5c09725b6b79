export { buildModel } from './build-model';
export { loadModel } from './load-model';
export { LOGITS_LAYER, outputHeadOf, PROBABILITIES_LAYER } from './output-head';
export { predictRows } from './predict-rows';
export { saveModel, WEIGHTS_FILE } from './save-model';
