import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MonitoringCatalog } from '../../catalog/monitoring-catalog';
import { MonitoringPolicies } from '../../policies/monitoring-policies';
import { performanceTables } from '../database/performance-tables';
import { readTalliedWindows, type TalliedWindow } from '../database/window-tallies.reader';
import { judgePerformance } from '../domain/performance-verdict';
import { realizedMetrics } from '../domain/realized-metrics';

/** How the labels meant for a model fared, over every file received. */
export interface LabelCounters {
  /** Label files that named the model or joined its predictions, and how many failed to load. */
  batches: number;
  failedBatches: number;
  received: number;
  /** Predictions of the model that have a label. */
  joined: number;
  /** Labels for the model still waiting for their predictions. */
  pending: number;
  rejected: number;
}

/** A model's realized performance per window of each version, as data a chart can draw. */
@Injectable()
export class PerformanceReader {
  constructor(
    private readonly catalog: MonitoringCatalog,
    private readonly policies: MonitoringPolicies,
  ) {}

  /** Null for a model monitoring has heard nothing about. */
  async read(manager: EntityManager, modelName: string, limit: number) {
    const policy = this.policies.forModel(modelName).performance;
    const windows = await readTalliedWindows(manager, { modelName, limit });
    const labels = await this.counters(manager, modelName);
    if (windows.length === 0 && labels.batches === 0 && labels.pending === 0) {
      const known =
        this.policies.configuredModels().includes(modelName) ||
        (await this.catalog.champion(manager, modelName)) !== null;
      if (!known) return null;
    }
    const byRun = new Map<string, TalliedWindow[]>();
    for (const window of windows) {
      const list = byRun.get(window.trainingRunId) ?? [];
      byRun.set(window.trainingRunId, list);
      list.push(window);
    }
    const versions = [];
    for (const [trainingRunId, list] of byRun) {
      const version = await this.catalog.version(manager, trainingRunId);
      const baseline = version?.testMetrics[policy.metric];
      versions.push({
        trainingRunId,
        modelVersion: version?.modelVersion ?? list.at(-1)!.modelVersion,
        baseline: baseline ?? null,
        windows: list.map((window) => {
          const metrics = realizedMetrics(window.task, window.tallies);
          const verdict = judgePerformance(policy, window.tallies.labeled, metrics, baseline);
          return {
            windowId: window.windowId,
            windowStart: new Date(window.firstRequestAt).toISOString(),
            windowEnd: new Date(window.lastRequestAt + 1).toISOString(),
            predictions: window.predictionCount,
            labeledCount: window.tallies.labeled,
            metrics,
            verdict: !verdict.judged ? 'not-judged' : verdict.degraded ? 'degraded' : 'ok',
            degraded: verdict.judged && verdict.degraded,
            degradedEventId: window.degradedEventId,
          };
        }),
      });
    }
    return { modelName, policy, labels, versions };
  }

  private async counters(manager: EntityManager, modelName: string): Promise<LabelCounters> {
    const { batches, pending, windows } = performanceTables(manager);
    const [row]: Record<keyof LabelCounters, string | null>[] = await manager.query(
      `SELECT
         (SELECT count(*) FROM ${batches} b WHERE b.model_name = $1 OR $1 = ANY(b.joined_models)) AS batches,
         (SELECT count(*) FROM ${batches} b WHERE (b.model_name = $1 OR $1 = ANY(b.joined_models))
            AND b.status = 'failed') AS "failedBatches",
         (SELECT sum(coalesce(b.row_count, 0)) FROM ${batches} b
            WHERE b.model_name = $1 OR $1 = ANY(b.joined_models)) AS received,
         (SELECT sum(coalesce(b.rejected_count, 0) + b.late_rejected_count) FROM ${batches} b
            WHERE b.model_name = $1 OR $1 = ANY(b.joined_models)) AS rejected,
         (SELECT sum(w.labeled_count) FROM ${windows} w WHERE w.model_name = $1) AS joined,
         (SELECT count(*) FROM ${pending} p WHERE p.model_name = $1) AS pending`,
      [modelName],
    );
    const number = (value: string | null) => Number(value ?? 0);
    return {
      batches: number(row.batches),
      failedBatches: number(row.failedBatches),
      received: number(row.received),
      joined: number(row.joined),
      pending: number(row.pending),
      rejected: number(row.rejected),
    };
  }
}
