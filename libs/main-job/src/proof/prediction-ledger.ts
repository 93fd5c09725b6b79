import { readPredictionLog } from '@loopline/prediction-logs';
import type { OutsidePublisher } from '@loopline/testing';
import { poll } from '../http/service-client';
import type { EventTap } from '../events/event-tap';

export interface PredictionLedgerResult {
  accepted: number;
  logged: number;
  logFiles: number;
  /** Accepted by the API, in no log file. */
  missing: number;
  /** In more than one log file. */
  duplicated: number;
  /** Logged, though the caller never got the answer (its connection broke as the service died). */
  loggedWithoutAnswer: number;
  /** A logBatchId announced for two different files. */
  conflictingBatches: number;
  examples: { missing: string[]; duplicated: string[] };
}

/**
 * Holds every prediction id the API answered against every PredictionsLogged file on the
 * topic: each accepted prediction must be in exactly one file. Files are read once each, as
 * their events arrive; the wait ends when nothing is missing or at `timeoutMs`.
 */
export async function checkPredictionLog(
  tap: EventTap,
  publisher: OutsidePublisher,
  acceptedIds: ReadonlySet<string>,
  timeoutMs = 120_000,
): Promise<PredictionLedgerResult> {
  const files = new Map<string, string>(); // logBatchId -> sha256
  const seen = new Map<string, number>(); // predictionId -> files holding it
  let conflictingBatches = 0;
  const missing = () => [...acceptedIds].filter((id) => !seen.has(id));
  const readNew = async () => {
    for (const { payload } of tap.of('PredictionsLogged')) {
      const known = files.get(payload.logBatchId);
      if (known !== undefined) {
        if (known !== payload.predictions.sha256) conflictingBatches++;
        continue;
      }
      files.set(payload.logBatchId, payload.predictions.sha256);
      const log = readPredictionLog(await publisher.readObject(payload.predictions));
      for (const id of log.predictionIds) seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    return missing().length === 0;
  };
  await poll('every accepted prediction to be logged', readNew, {
    timeoutMs,
    intervalMs: 1000,
  }).catch(
    () => undefined, // what is still missing is the finding
  );
  const duplicated = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  const absent = missing();
  return {
    accepted: acceptedIds.size,
    logged: seen.size,
    logFiles: files.size,
    missing: absent.length,
    duplicated: duplicated.length,
    loggedWithoutAnswer: [...seen.keys()].filter((id) => !acceptedIds.has(id)).length,
    conflictingBatches,
    examples: { missing: absent.slice(0, 5), duplicated: duplicated.slice(0, 5) },
  };
}
