import type { EntityManager } from 'typeorm';
import { performanceTables } from './performance-tables';

/** A label kept until its prediction is logged. */
export interface PendingLabel {
  predictionId: string;
  batchId: string;
  modelName: string | null;
  labelColumn: string;
  rawLabel: string;
}

/**
 * How long a label waits for its prediction, and a logged prediction for its label. A label
 * older than this whose prediction never came (a prediction served by another system, or a log
 * that was lost) is dropped, which bounds the pending table by about this many days of labels;
 * predictions are dropped after the same time, since later labels would no longer change windows
 * anyone looks at. Their windows' tallies stay.
 */
export const JOIN_RETENTION_DAYS = 30;

/** Keeps labels for predictions not logged yet; a later label for one replaces the earlier. */
export async function keepPending(manager: EntityManager, labels: PendingLabel[]): Promise<void> {
  if (labels.length === 0) return;
  const last = new Map(labels.map((label) => [label.predictionId, label]));
  const rows = [...last.values()];
  const { pending } = performanceTables(manager);
  await manager.query(
    `INSERT INTO ${pending} (prediction_id, batch_id, model_name, label_column, raw_label)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (prediction_id) DO UPDATE SET batch_id = EXCLUDED.batch_id,
       model_name = EXCLUDED.model_name, label_column = EXCLUDED.label_column,
       raw_label = EXCLUDED.raw_label, received_at = now()`,
    [
      rows.map((r) => r.predictionId),
      rows.map((r) => r.batchId),
      rows.map((r) => r.modelName),
      rows.map((r) => r.labelColumn),
      rows.map((r) => r.rawLabel),
    ],
  );
}

/** Whether any of `ids` has a label waiting (a cheap probe before loading the version's rule). */
export async function anyPending(manager: EntityManager, ids: readonly string[]): Promise<boolean> {
  const { pending } = performanceTables(manager);
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM ${pending} WHERE prediction_id = ANY($1::text[]) LIMIT 1`,
    [ids],
  );
  return rows.length > 0;
}

/** Removes and returns the waiting labels of `ids`. */
export async function takePending(
  manager: EntityManager,
  ids: readonly string[],
): Promise<PendingLabel[]> {
  const { pending } = performanceTables(manager);
  // TypeORM answers a DELETE with [rows, affected].
  const [rows]: [
    {
      prediction_id: string;
      batch_id: string;
      model_name: string | null;
      label_column: string;
      raw_label: string;
    }[],
    number,
  ] = await manager.query(
    `DELETE FROM ${pending} WHERE prediction_id = ANY($1::text[])
     RETURNING prediction_id, batch_id, model_name, label_column, raw_label`,
    [ids],
  );
  return rows.map((row) => ({
    predictionId: row.prediction_id,
    batchId: row.batch_id,
    modelName: row.model_name,
    labelColumn: row.label_column,
    rawLabel: row.raw_label,
  }));
}

/** Drops labels and predictions past the retention; returns how many of each. */
export async function pruneExpired(
  manager: EntityManager,
  now: Date = new Date(),
): Promise<{ labels: number; predictions: number }> {
  const { pending, predictions } = performanceTables(manager);
  const cutoff = new Date(now.getTime() - JOIN_RETENTION_DAYS * 86_400_000);
  // TypeORM answers a DELETE with [rows, affected].
  const [, labels]: [unknown[], number] = await manager.query(
    `DELETE FROM ${pending} WHERE received_at < $1`,
    [cutoff],
  );
  const [, logged]: [unknown[], number] = await manager.query(
    `DELETE FROM ${predictions} WHERE recorded_at < $1`,
    [cutoff],
  );
  return { labels, predictions: logged };
}
