import type { EntityManager } from 'typeorm';
import type { PerformanceTask } from '../domain/performance-task';
import { SCORE_BINS } from '../domain/score-histogram';
import { addOutcome, emptyTallies, type WindowTallies } from '../domain/window-tallies';
import { performanceTables } from './performance-tables';

/** A logged prediction, locked for the transaction, with the label it has so far. */
export interface LockedPrediction {
  predictionId: string;
  windowId: string;
  trainingRunId: string;
  modelName: string;
  task: PerformanceTask;
  predictedLabel: string | null;
  predictedValue: number | null;
  score: number | null;
  labelClass: string | null;
  labelValue: number | null;
}

/** A parsed label for a locked prediction. */
export interface JoinedLabel {
  predictionId: string;
  labelClass: string | null;
  labelValue: number;
  batchId: string;
}

export interface LabelApplication {
  /** Labels that set or changed a prediction's label. */
  changed: number;
  /** Labels equal to the one the prediction already had (a re-sent file): no effect. */
  duplicates: number;
  /** Of `changed`, labels that replaced a different earlier label. */
  replaced: number;
  touchedWindows: string[];
}

/**
 * Locks the logged predictions among `ids` (in id order, so concurrent joins cannot deadlock on
 * them) and returns them with their window's model and task.
 */
export async function lockPredictions(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, LockedPrediction>> {
  const { predictions, windows } = performanceTables(manager);
  const rows: {
    prediction_id: string;
    window_id: string;
    training_run_id: string;
    model_name: string;
    task: PerformanceTask;
    predicted_label: string | null;
    predicted_value: number | null;
    score: number | null;
    label_class: string | null;
    label_value: number | null;
  }[] = await manager.query(
    `SELECT p.prediction_id, p.window_id, p.training_run_id, w.model_name, w.task, p.predicted_label,
            p.predicted_value, p.score, p.label_class, p.label_value
     FROM ${predictions} p JOIN ${windows} w ON w.window_id = p.window_id
     WHERE p.prediction_id = ANY($1::text[]) ORDER BY p.prediction_id FOR UPDATE OF p`,
    [ids],
  );
  return new Map(
    rows.map((row) => [
      row.prediction_id,
      {
        predictionId: row.prediction_id,
        windowId: row.window_id,
        trainingRunId: row.training_run_id,
        modelName: row.model_name,
        task: row.task,
        predictedLabel: row.predicted_label,
        predictedValue: row.predicted_value,
        score: row.score,
        labelClass: row.label_class,
        labelValue: row.label_value,
      },
    ]),
  );
}

/**
 * Sets the labels of locked predictions and moves their windows' tallies by the difference:
 * a first label adds its share, a different later label swaps the old share for the new one, an
 * equal one changes nothing. Labels apply in order, so the last label of a prediction wins.
 */
export async function applyLabels(
  manager: EntityManager,
  locked: Map<string, LockedPrediction>,
  labels: readonly JoinedLabel[],
): Promise<LabelApplication> {
  const deltas = new Map<string, WindowTallies>();
  const final = new Map<string, JoinedLabel>();
  let duplicates = 0;
  let replaced = 0;
  for (const label of labels) {
    const prediction = locked.get(label.predictionId)!;
    if (prediction.labelValue === label.labelValue && prediction.labelClass === label.labelClass) {
      duplicates++;
      continue;
    }
    let delta = deltas.get(prediction.windowId);
    if (delta === undefined) deltas.set(prediction.windowId, (delta = emptyTallies()));
    if (prediction.labelValue !== null) {
      replaced++;
      addOutcome(delta, prediction.task, { ...prediction, labelValue: prediction.labelValue }, -1);
    }
    addOutcome(delta, prediction.task, { ...prediction, ...label });
    prediction.labelClass = label.labelClass;
    prediction.labelValue = label.labelValue;
    final.set(label.predictionId, label);
  }
  if (final.size > 0) {
    await writeLabels(manager, [...final.values()]);
    await writeWindowDeltas(manager, deltas);
  }
  return {
    changed: labels.length - duplicates,
    duplicates,
    replaced,
    touchedWindows: [...deltas.keys()].sort(),
  };
}

async function writeLabels(manager: EntityManager, labels: JoinedLabel[]): Promise<void> {
  const { predictions } = performanceTables(manager);
  await manager.query(
    `UPDATE ${predictions} p
     SET label_class = l.label_class, label_value = l.label_value, label_batch_id = l.batch_id,
         labeled_at = now()
     FROM unnest($1::text[], $2::text[], $3::float8[], $4::uuid[])
       AS l(prediction_id, label_class, label_value, batch_id)
     WHERE p.prediction_id = l.prediction_id`,
    [
      labels.map((l) => l.predictionId),
      labels.map((l) => l.labelClass),
      labels.map((l) => l.labelValue),
      labels.map((l) => l.batchId),
    ],
  );
}

async function writeWindowDeltas(
  manager: EntityManager,
  deltas: Map<string, WindowTallies>,
): Promise<void> {
  const { windows, bins } = performanceTables(manager);
  const ids = [...deltas.keys()].sort();
  const of = (pick: (t: WindowTallies) => number) => ids.map((id) => pick(deltas.get(id)!));
  await manager.query(
    `UPDATE ${windows} w SET
       labeled_count = w.labeled_count + d.labeled, correct_count = w.correct_count + d.correct,
       true_positives = w.true_positives + d.tp, false_positives = w.false_positives + d.fp,
       false_negatives = w.false_negatives + d.fn,
       squared_error_sum = w.squared_error_sum + d.squared,
       absolute_error_sum = w.absolute_error_sum + d.absolute
     FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[],
                 $7::float8[], $8::float8[]) AS d(window_id, labeled, correct, tp, fp, fn, squared, absolute)
     WHERE w.window_id = d.window_id`,
    [
      ids,
      of((t) => t.labeled),
      of((t) => t.correct),
      of((t) => t.truePositives),
      of((t) => t.falsePositives),
      of((t) => t.falseNegatives),
      of((t) => t.squaredErrorSum),
      of((t) => t.absoluteErrorSum),
    ],
  );
  const binRows: [string, number, number, number][] = [];
  for (const id of ids) {
    const { positivesByBin, negativesByBin } = deltas.get(id)!;
    for (let bin = 0; bin < SCORE_BINS; bin++)
      if (positivesByBin[bin] !== 0 || negativesByBin[bin] !== 0)
        binRows.push([id, bin, positivesByBin[bin], negativesByBin[bin]]);
  }
  if (binRows.length === 0) return;
  await manager.query(
    `INSERT INTO ${bins} AS b (window_id, bin, positives, negatives)
     SELECT * FROM unnest($1::text[], $2::smallint[], $3::bigint[], $4::bigint[])
     ON CONFLICT (window_id, bin) DO UPDATE
       SET positives = b.positives + EXCLUDED.positives, negatives = b.negatives + EXCLUDED.negatives`,
    [
      binRows.map((r) => r[0]),
      binRows.map((r) => r[1]),
      binRows.map((r) => r[2]),
      binRows.map((r) => r[3]),
    ],
  );
}
