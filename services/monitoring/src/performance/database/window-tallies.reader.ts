import type { EntityManager } from 'typeorm';
import type { PerformanceTask } from '../domain/performance-task';
import { emptyTallies, type WindowTallies } from '../domain/window-tallies';
import { performanceTables } from './performance-tables';

/** A window as the performance slice knows it, with its tallies. */
export interface TalliedWindow {
  windowId: string;
  modelName: string;
  trainingRunId: string;
  modelVersion: number | null;
  task: PerformanceTask;
  /** Epoch milliseconds of the first and last prediction recorded in it. */
  firstRequestAt: number;
  lastRequestAt: number;
  predictionCount: number;
  degradedEventId: string | null;
  tallies: WindowTallies;
}

interface WindowRecord {
  window_id: string;
  model_name: string;
  training_run_id: string;
  model_version: number | null;
  task: PerformanceTask;
  first_ms: number;
  last_ms: number;
  prediction_count: number;
  labeled_count: number;
  correct_count: number;
  true_positives: number;
  false_positives: number;
  false_negatives: number;
  squared_error_sum: number;
  absolute_error_sum: number;
  degraded_event_id: string | null;
}

const WINDOW_COLUMNS = `window_id, model_name, training_run_id, model_version, task,
  (extract(epoch FROM first_request_at) * 1000)::float8 AS first_ms,
  (extract(epoch FROM last_request_at) * 1000)::float8 AS last_ms,
  prediction_count::float8 AS prediction_count, labeled_count::float8 AS labeled_count,
  correct_count::float8 AS correct_count, true_positives::float8 AS true_positives,
  false_positives::float8 AS false_positives, false_negatives::float8 AS false_negatives,
  squared_error_sum, absolute_error_sum, degraded_event_id`;

/**
 * Reads windows with their tallies and score histograms: by id (`lock` takes their rows for the
 * rest of the transaction, so a degradation is published once), or a model's newest windows.
 */
export async function readTalliedWindows(
  manager: EntityManager,
  where: { windowIds: readonly string[]; lock?: boolean } | { modelName: string; limit: number },
): Promise<TalliedWindow[]> {
  const { windows, bins } = performanceTables(manager);
  const records: WindowRecord[] =
    'windowIds' in where
      ? await manager.query(
          `SELECT ${WINDOW_COLUMNS} FROM ${windows} WHERE window_id = ANY($1::text[])
           ORDER BY window_id ${where.lock ? 'FOR UPDATE' : ''}`,
          [where.windowIds],
        )
      : await manager.query(
          `SELECT * FROM (SELECT ${WINDOW_COLUMNS} FROM ${windows} WHERE model_name = $1
             ORDER BY first_request_at DESC LIMIT $2) newest ORDER BY first_ms`,
          [where.modelName, where.limit],
        );
  const tallied = records.map(toTalliedWindow);
  const binary = tallied.filter((w) => w.task === 'binary' && w.tallies.labeled > 0);
  if (binary.length === 0) return tallied;
  const byId = new Map(binary.map((w) => [w.windowId, w.tallies]));
  const counts: { window_id: string; bin: number; positives: string; negatives: string }[] =
    await manager.query(
      `SELECT window_id, bin, positives, negatives FROM ${bins} WHERE window_id = ANY($1::text[])`,
      [[...byId.keys()]],
    );
  for (const count of counts) {
    const tallies = byId.get(count.window_id)!;
    tallies.positivesByBin[count.bin] = Number(count.positives);
    tallies.negativesByBin[count.bin] = Number(count.negatives);
  }
  return tallied;
}

function toTalliedWindow(record: WindowRecord): TalliedWindow {
  const tallies = emptyTallies();
  tallies.labeled = record.labeled_count;
  tallies.correct = record.correct_count;
  tallies.truePositives = record.true_positives;
  tallies.falsePositives = record.false_positives;
  tallies.falseNegatives = record.false_negatives;
  tallies.squaredErrorSum = record.squared_error_sum;
  tallies.absoluteErrorSum = record.absolute_error_sum;
  return {
    windowId: record.window_id,
    modelName: record.model_name,
    trainingRunId: record.training_run_id,
    modelVersion: record.model_version,
    task: record.task,
    firstRequestAt: Math.round(record.first_ms),
    lastRequestAt: Math.round(record.last_ms),
    predictionCount: record.prediction_count,
    degradedEventId: record.degraded_event_id,
    tallies,
  };
}
