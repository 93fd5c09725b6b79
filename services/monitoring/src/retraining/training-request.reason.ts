import type { RetrainingVerdict } from './domain';
import type { TrainingData } from './training-data.resolver';

/** The reason a published request carries: why, and which data the new model will see. */
export function requestedReason(because: string, data: TrainingData): string {
  const { newest, serving } = data;
  if (newest === null)
    return `${sentence(because)} Retrain on the newest data training materializes${serving ? ` for view ${serving.featureViewName}` : ''} (no materialized feature set is known to monitoring).`;
  return `${sentence(because)} Retrain on feature set ${newest.featureSetId} of view ${newest.featureViewName} v${newest.featureViewVersion}, dataset ${newest.datasetName} version ${newest.datasetVersionId} (materialized ${new Date(newest.materializedAt).toISOString()}), the newest known.`;
}

/** The reason recorded for a decision that published nothing. */
export function notRequestedReason(because: string, verdict: RetrainingVerdict): string {
  return `${sentence(because)} Not requested: ${verdict.reason}.`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
