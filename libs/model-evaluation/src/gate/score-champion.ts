import { isOutage, toPlatformError } from '@loopline/errors';
import type { GateInputs } from '../model-under-evaluation';
import type { GateData } from './gate-data';
import { errorMessage, type ChampionScores } from './gate-run';
import { readModelOutputs } from './read-model-outputs';
import { splitMetrics } from './split-metrics';

/**
 * The champion's test metrics on the candidate's test rows, its classes aligned to the
 * candidate's by name. A champion that cannot score these rows (it reads a column they lack, its
 * outputs are unusable) is recorded with the reason, for the champion checks to fail on; only an
 * infrastructure outage is thrown, to be waited out rather than judged.
 */
export async function scoreChampion(
  inputs: GateInputs,
  data: GateData,
): Promise<ChampionScores | null> {
  const champion = inputs.champion;
  if (champion === null) return null;
  try {
    const outputs = await readModelOutputs(champion, inputs.rawInputs, data, 'champion', false);
    return {
      modelVersion: champion.modelVersion,
      metrics: splitMetrics(data, outputs).metrics,
      error: null,
    };
  } catch (error) {
    if (isOutage(toPlatformError(error))) throw error;
    return { modelVersion: champion.modelVersion, metrics: null, error: errorMessage(error) };
  }
}
