import type { GateData } from './gate-data';

/**
 * The class each row is predicted as: binary, 1 when the score is above the decision threshold
 * (as the metrics count it); multiclass, the argmax (the first on a tie).
 */
export function predictedClasses(data: GateData, outputs: Float32Array): Int32Array {
  const predicted = new Int32Array(data.rows);
  for (let row = 0; row < data.rows; row++) {
    if (data.task === 'binary_classification') {
      predicted[row] = outputs[row] > data.decisionThreshold ? 1 : 0;
      continue;
    }
    let best = 0;
    const at = row * data.width;
    for (let c = 1; c < data.width; c++) if (outputs[at + c] > outputs[at + best]) best = c;
    predicted[row] = best;
  }
  return predicted;
}
