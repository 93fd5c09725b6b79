import type { PerformanceDegraded } from '@loopline/contracts';
import { type ConsumedEvent, OutboxWriter, type PublishContext } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MonitoringCatalog } from '../catalog/monitoring-catalog';
import { MonitoringPolicies } from '../policies/monitoring-policies';
import { RetrainingTriggers } from '../retraining/retraining-triggers';
import { performanceTables } from './database/performance-tables';
import { readTalliedWindows, type TalliedWindow } from './database/window-tallies.reader';
import { judgePerformance } from './domain/performance-verdict';
import { isErrorMetric, realizedMetrics } from './domain/realized-metrics';

/**
 * Judges windows whose labels just changed against their version's test metric, and publishes
 * `PerformanceDegraded` once per window that fell below it by more than the policy allows, with
 * the retraining trigger it calls for, in the transaction that joined the labels.
 */
@Injectable()
export class PerformanceJudge {
  constructor(
    private readonly catalog: MonitoringCatalog,
    private readonly policies: MonitoringPolicies,
    private readonly retraining: RetrainingTriggers,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Returns the ids of the windows found degraded (each is published once, ever). */
  async review(
    manager: EntityManager,
    windowIds: readonly string[],
    context: PublishContext,
  ): Promise<string[]> {
    if (windowIds.length === 0) return [];
    const windows = await readTalliedWindows(manager, { windowIds, lock: true });
    const degraded: string[] = [];
    for (const window of windows) {
      if (window.degradedEventId !== null) continue;
      const policy = this.policies.forModel(window.modelName).performance;
      if (window.tallies.labeled < policy.minLabels) continue;
      const version = await this.catalog.version(manager, window.trainingRunId);
      const metrics = realizedMetrics(window.task, window.tallies);
      const verdict = judgePerformance(
        policy,
        window.tallies.labeled,
        metrics,
        version?.testMetrics[policy.metric],
      );
      if (!verdict.judged || !verdict.degraded) continue;
      const payload: PerformanceDegraded = {
        modelName: window.modelName,
        windowId: window.windowId,
        modelVersion: window.modelVersion ?? version?.modelVersion ?? null,
        trainingRunId: window.trainingRunId,
        metric: policy.metric,
        observed: verdict.observed,
        baseline: verdict.baseline,
        threshold: policy.maxDrop,
        labeledSampleSize: window.tallies.labeled,
        windowStart: window.firstRequestAt,
        windowEnd: window.lastRequestAt + 1,
        metrics,
        detectedAt: Date.now(),
      };
      await this.publish(manager, window, payload, context);
      degraded.push(window.windowId);
    }
    return degraded;
  }

  private async publish(
    manager: EntityManager,
    window: TalliedWindow,
    payload: PerformanceDegraded,
    context: PublishContext,
  ): Promise<void> {
    const metadata = await this.outbox.enqueue(manager, 'PerformanceDegraded', payload, context);
    const { windows } = performanceTables(manager);
    await manager.query(
      `UPDATE ${windows} SET degraded_event_id = $2, degraded_at = now(), degradation = $3::jsonb
       WHERE window_id = $1`,
      [window.windowId, metadata.eventId, JSON.stringify(payload)],
    );
    // Not read from the log: the event is still in the outbox, so it has no log position yet.
    const cause: ConsumedEvent<'PerformanceDegraded'> = {
      name: 'PerformanceDegraded',
      key: payload.modelName,
      payload,
      metadata,
      source: { topic: '', partition: -1, offset: '-1' },
    };
    await this.retraining.consider(
      manager,
      {
        modelName: payload.modelName,
        trigger: 'performance',
        trainingRunId: window.trainingRunId,
        windowId: window.windowId,
        reason: describeDegradation(payload),
      },
      cause,
    );
  }
}

function describeDegradation(event: PerformanceDegraded): string {
  const worse = isErrorMetric(event.metric) ? 'above' : 'below';
  return (
    `${event.metric} ${event.observed.toFixed(4)} on ${event.labeledSampleSize.toLocaleString('en-US')} labelled predictions ` +
    `from ${new Date(event.windowStart).toISOString()} is ${worse} the test value ${event.baseline.toFixed(4)} ` +
    `by more than ${event.threshold} (window ${event.windowId}).`
  );
}
