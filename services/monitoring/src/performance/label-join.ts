import { ErrorKind, PlatformError } from '@loopline/errors';
import type { PublishContext } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { applyLabels, type JoinedLabel, lockPredictions } from './database/label-application';
import { keepPending, type PendingLabel } from './database/pending-labels';
import { parseLabels } from './domain/label-rule';
import { LabelRules } from './label-rules';
import { PerformanceJudge } from './performance-judge';
import { PerformanceErrorCode } from './performance-error-code';

/** What joining a set of labels did. */
export interface JoinOutcome {
  /** Labels whose prediction is logged (changed, replaced or re-sent). */
  joined: number;
  /** Of `joined`, labels equal to the one the prediction already had. */
  duplicates: number;
  /** Labels parked until their prediction is logged. */
  pending: number;
  /** Labels that could not be read with their version's rule, by their index in the input. */
  rejected: { index: number; reason: string }[];
  /** Models whose predictions the labels joined. */
  models: string[];
  /** Windows found degraded (and published) by this join. */
  degradedWindows: string[];
}

/**
 * Joins observed labels with logged predictions, in the caller's transaction (which must hold
 * `lockJoins`): each label is read with its prediction's version rule and updates its window's
 * tallies; a label whose prediction is not logged yet waits; the touched windows are judged.
 */
@Injectable()
export class LabelJoin {
  constructor(
    private readonly rules: LabelRules,
    private readonly judge: PerformanceJudge,
  ) {}

  async join(
    manager: EntityManager,
    labels: readonly PendingLabel[],
    context: PublishContext,
  ): Promise<JoinOutcome> {
    const locked = await lockPredictions(manager, [...new Set(labels.map((l) => l.predictionId))]);
    const waiting: PendingLabel[] = [];
    const byRun = new Map<string, number[]>();
    labels.forEach((label, index) => {
      const prediction = locked.get(label.predictionId);
      if (prediction === undefined) return waiting.push(label);
      const indexes = byRun.get(prediction.trainingRunId) ?? [];
      byRun.set(prediction.trainingRunId, indexes);
      indexes.push(index);
    });
    const rejected: JoinOutcome['rejected'] = [];
    const parsed = new Map<number, JoinedLabel>();
    for (const [run, indexes] of byRun) {
      const rule = await this.rules.forRun(manager, run);
      if (rule === null) throw unknownVersion(run);
      // One file names one label column, but parked labels may come from several files.
      for (const [column, group] of groupBy(indexes, (i) => labels[i].labelColumn)) {
        const results = parseLabels(
          rule,
          column,
          group.map((i) => labels[i].rawLabel),
        );
        results.forEach((result, k) => {
          const index = group[k];
          if (!result.ok) return rejected.push({ index, reason: result.reason });
          const { predictionId, batchId } = labels[index];
          parsed.set(index, { predictionId, batchId, ...result });
        });
      }
    }
    // In input order, so the last label of a prediction wins.
    const ordered = [...parsed.entries()].sort((a, b) => a[0] - b[0]).map(([, label]) => label);
    const applied = await applyLabels(manager, locked, ordered);
    await keepPending(manager, waiting);
    const models = new Set(ordered.map((label) => locked.get(label.predictionId)!.modelName));
    return {
      joined: ordered.length,
      duplicates: applied.duplicates,
      pending: waiting.length,
      rejected: rejected.sort((a, b) => a.index - b.index),
      models: [...models].sort(),
      degradedWindows: await this.judge.review(manager, applied.touchedWindows, context),
    };
  }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k) ?? [];
    groups.set(k, group);
    group.push(item);
  }
  return groups;
}

function unknownVersion(trainingRunId: string): PlatformError {
  return new PlatformError(
    PerformanceErrorCode.UnknownVersion,
    `Labels joined predictions of training run ${trainingRunId}, which monitoring has not seen a ModelTrained for yet; the load is retried until it has.`,
    { kind: ErrorKind.Unavailable, retriable: true, details: { trainingRunId } },
  );
}
