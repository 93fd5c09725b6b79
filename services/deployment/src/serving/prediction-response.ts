/** One instance's answer. */
export interface InstancePrediction {
  predictionId: string;
  /** The predicted class label, or the regression value. */
  prediction: string | number;
  /** Class label → probability, for classifiers. */
  probabilities?: Record<string, number>;
}

export interface PredictionResponse {
  requestId: string;
  modelName: string;
  modelVersion: number | null;
  trainingRunId: string;
  /** champion: the stable version answered; challenger: the candidate of a canary rollout. */
  servedBy: 'champion' | 'challenger';
  predictions: InstancePrediction[];
}
