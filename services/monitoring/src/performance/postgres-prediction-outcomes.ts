import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { lockJoins } from './database/join-lock';
import { anyPending, takePending } from './database/pending-labels';
import { performanceTables } from './database/performance-tables';
import { readTalliedWindows } from './database/window-tallies.reader';
import {
  binaryPredictedLabel,
  type PerformanceTask,
  taskOfOutputs,
} from './domain/performance-task';
import { realizedMetrics } from './domain/realized-metrics';
import { LabelJoin } from './label-join';
import { LabelRules } from './label-rules';
import {
  type LoggedPredictions,
  PredictionOutcomes,
  type WindowPerformance,
} from './prediction-outcomes';

/**
 * Logged predictions in Postgres, each waiting for its label: one multi-row insert per log
 * segment, then the labels that arrived before their predictions are joined at once.
 */
@Injectable()
export class PostgresPredictionOutcomes extends PredictionOutcomes {
  constructor(
    private readonly rules: LabelRules,
    private readonly labels: LabelJoin,
  ) {
    super();
  }

  async record(manager: EntityManager, logged: LoggedPredictions): Promise<void> {
    const ids = logged.predictionIds;
    if (ids.length === 0) return;
    await lockJoins(manager, 'record');
    await this.insert(manager, logged);
    if (!(await anyPending(manager, ids))) return;
    // Labels that arrived first: read them with this version's rule, unless the catalog does not
    // know the version yet, in which case they keep waiting.
    if ((await this.rules.forRun(manager, logged.trainingRunId)) === null) return;
    const waiting = await takePending(manager, ids);
    const outcome = await this.labels.join(manager, waiting, {});
    const { batches } = performanceTables(manager);
    const perBatch = new Map<string, { joined: number; rejected: number }>();
    waiting.forEach((label) => perBatch.set(label.batchId, { joined: 0, rejected: 0 }));
    const rejected = new Set(outcome.rejected.map((r) => r.index));
    waiting.forEach(
      (label, index) => perBatch.get(label.batchId)![rejected.has(index) ? 'rejected' : 'joined']++,
    );
    for (const [batchId, counts] of perBatch)
      await manager.query(
        `UPDATE ${batches} SET late_joined_count = late_joined_count + $2,
           late_rejected_count = late_rejected_count + $3,
           joined_models = CASE WHEN $4::text = ANY(joined_models) THEN joined_models
                                ELSE joined_models || $4::text END
         WHERE batch_id = $1`,
        [batchId, counts.joined, counts.rejected, logged.modelName],
      );
  }

  async windowPerformance(
    manager: EntityManager,
    windowIds: readonly string[],
  ): Promise<Map<string, WindowPerformance>> {
    const found = await readTalliedWindows(manager, { windowIds });
    const performance = new Map<string, WindowPerformance>(
      windowIds.map((id) => [id, { labeledCount: 0, metrics: {} }]),
    );
    for (const window of found)
      performance.set(window.windowId, {
        labeledCount: window.tallies.labeled,
        metrics: realizedMetrics(window.task, window.tallies),
      });
    return performance;
  }

  private async insert(manager: EntityManager, logged: LoggedPredictions): Promise<void> {
    const task = taskOf(logged);
    const columns = predictionColumns(task, logged);
    const { predictions, windows } = performanceTables(manager);
    await manager.query(
      `WITH inserted AS (
         INSERT INTO ${predictions}
           (prediction_id, window_id, training_run_id, requested_at, predicted_label, predicted_value, score)
         SELECT u.prediction_id, $6, $7, to_timestamp(u.ms / 1000.0), u.predicted_label,
                u.predicted_value, u.score
         FROM unnest($1::text[], $2::float8[], $3::text[], $4::float8[], $5::float8[])
           AS u(prediction_id, ms, predicted_label, predicted_value, score)
         ON CONFLICT DO NOTHING
         RETURNING requested_at)
       INSERT INTO ${windows} AS w (window_id, training_run_id, model_name, model_version, task,
         first_request_at, last_request_at, prediction_count)
       SELECT $6, $7, $8, $9, $10, min(requested_at), max(requested_at), count(*) FROM inserted
       HAVING count(*) > 0
       ON CONFLICT (window_id) DO UPDATE SET
         first_request_at = LEAST(w.first_request_at, EXCLUDED.first_request_at),
         last_request_at = GREATEST(w.last_request_at, EXCLUDED.last_request_at),
         prediction_count = w.prediction_count + EXCLUDED.prediction_count,
         model_version = COALESCE(EXCLUDED.model_version, w.model_version)`,
      [
        logged.predictionIds,
        Array.from(logged.requestTimes),
        columns.predictedLabels,
        columns.predictedValues,
        columns.scores,
        logged.windowId,
        logged.trainingRunId,
        logged.modelName,
        logged.modelVersion,
        task,
      ],
    );
  }
}

function taskOf(logged: LoggedPredictions): PerformanceTask {
  return (
    taskOfOutputs(Object.keys(logged.outputs)) ??
    (typeof logged.predicted[0] === 'number' ? 'regression' : 'multiclass')
  );
}

/** What realized metrics need of each prediction: its class (or value) and P(positive). */
function predictionColumns(task: PerformanceTask, logged: LoggedPredictions) {
  const rows = logged.predictionIds.length;
  const predictedLabels: (string | null)[] = new Array(rows).fill(null);
  const predictedValues: (number | null)[] = new Array(rows).fill(null);
  const scores: (number | null)[] = new Array(rows).fill(null);
  const probability = logged.outputs['probability'];
  const prediction = logged.outputs['prediction'];
  for (let i = 0; i < rows; i++) {
    const predicted = logged.predicted[i];
    if (task === 'binary') {
      const score = probability?.[i] ?? NaN;
      scores[i] = Number.isFinite(score) ? score : null;
      predictedLabels[i] = binaryPredictedLabel(predicted, score);
    } else if (task === 'multiclass') {
      predictedLabels[i] = predicted === undefined ? null : String(predicted);
    } else {
      const value =
        typeof predicted === 'number' ? predicted : (prediction?.[i] ?? Number(predicted));
      predictedValues[i] = Number.isFinite(value) ? value : null;
    }
  }
  return { predictedLabels, predictedValues, scores };
}
