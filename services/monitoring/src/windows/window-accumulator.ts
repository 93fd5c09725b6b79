import { randomUUID } from 'node:crypto';
import { ArtifactStore } from '@loopline/artifacts';
import type { EventPayloads } from '@loopline/contracts';
import { type PredictionLog, readPredictionLog } from '@loopline/prediction-logs';
import { addToWindowSketch, emptyWindowSketch, type ProfileInput } from '@loopline/stats';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PredictionOutcomes } from '../performance/prediction-outcomes';
import { MonitoringPolicies } from '../policies/monitoring-policies';
import { addLatencies, emptyLatencyHistogram } from './latency-histogram';
import { logColumns, sliceColumns } from './log-columns';
import { MonitoringWindowRow } from './monitoring-window.row';
import { splitIntoWindows, type WindowSegment } from './split-into-windows';
import { type VersionReference, VersionReferences } from './version-references';
import { WindowCloser } from './window-closer';

/**
 * Counts a prediction log into its version's windows: each row's inputs and output into the
 * open window's sketch, its latency into the window's histogram, its id (for labels to join)
 * into the prediction outcomes; windows that fill up close on the way. Runs in the transaction
 * that records the log as handled, under the open window's row lock.
 */
@Injectable()
export class WindowAccumulator {
  constructor(
    private readonly references: VersionReferences,
    private readonly policies: MonitoringPolicies,
    private readonly outcomes: PredictionOutcomes,
    private readonly closer: WindowCloser,
    private readonly artifacts: ArtifactStore,
  ) {}

  /** Loads and verifies the log file before any transaction is opened. */
  async load(logged: EventPayloads['PredictionsLogged']): Promise<PredictionLog> {
    const bytes = await this.artifacts.get(logged.predictions.uri, {
      expectedSha256: logged.predictions.sha256,
    });
    return readPredictionLog(bytes);
  }

  async accumulate(
    manager: EntityManager,
    logged: EventPayloads['PredictionsLogged'],
    log: PredictionLog,
  ): Promise<void> {
    const reference = await this.references.forVersion(manager, logged.trainingRunId);
    const columns = reference === null ? [] : logColumns(log, reference.task);
    let open = await manager.findOne(MonitoringWindowRow, {
      where: {
        modelName: logged.modelName,
        trainingRunId: logged.trainingRunId,
        role: logged.role,
        status: 'open',
      },
      lock: { mode: 'pessimistic_write' },
    });
    // A reference that appeared (or changed) since the window opened cannot share its counts.
    if (open !== null && open.referenceSha256 !== (reference?.sha256 ?? null)) {
      await this.closer.close(manager, open, 'time');
      open = null;
    }
    const policy = this.policies.forModel(logged.modelName).windows;
    const segments = splitIntoWindows(log.requestTimes, open, policy);
    let window = open;
    for (const segment of segments) {
      if (segment.window === 'new')
        window = this.openWindow(logged, log, segment, reference, policy.maxSeconds);
      this.count(window!, log, columns, reference, segment);
      await manager.save(window!);
      if (segment.to > segment.from)
        await this.outcomes.record(manager, {
          modelName: logged.modelName,
          trainingRunId: logged.trainingRunId,
          modelVersion: logged.modelVersion,
          windowId: window!.windowId,
          predictionIds: log.predictionIds.slice(segment.from, segment.to),
          requestTimes: log.requestTimes.subarray(segment.from, segment.to),
          predicted: Array.from<string | number>(log.predicted.slice(segment.from, segment.to)),
          outputs: Object.fromEntries(
            Object.entries(log.outputs).map(([name, values]) => [
              name,
              values.subarray(segment.from, segment.to),
            ]),
          ),
        });
      if (segment.close !== null) {
        await this.closer.close(manager, window!, segment.close);
        window = null;
      }
    }
  }

  private openWindow(
    logged: EventPayloads['PredictionsLogged'],
    log: PredictionLog,
    segment: WindowSegment,
    reference: VersionReference | null,
    maxSeconds: number,
  ): MonitoringWindowRow {
    const start = log.requestTimes[segment.from];
    return Object.assign(new MonitoringWindowRow(), {
      windowId: randomUUID(),
      modelName: logged.modelName,
      trainingRunId: logged.trainingRunId,
      modelVersion: logged.modelVersion,
      role: logged.role,
      status: 'open',
      windowStart: start,
      windowEnd: start + 1,
      closesAt: start + maxSeconds * 1000,
      rowCount: 0,
      referenceSha256: reference?.sha256 ?? null,
      sketch: reference === null ? null : emptyWindowSketch(reference.reference),
      latency: emptyLatencyHistogram(),
      closeReason: null,
      closedAt: null,
      drift: null,
      drifting: null,
      report: null,
    });
  }

  private count(
    window: MonitoringWindowRow,
    log: PredictionLog,
    columns: readonly ProfileInput[],
    reference: VersionReference | null,
    { from, to }: WindowSegment,
  ): void {
    if (to === from) return;
    window.rowCount += to - from;
    if (window.modelVersion === null) window.modelVersion = log.modelVersions[from] ?? null;
    for (let row = from; row < to; row++) {
      const time = log.requestTimes[row];
      if (time < window.windowStart) window.windowStart = time;
      if (time + 1 > window.windowEnd) window.windowEnd = time + 1;
    }
    addLatencies(window.latency, log.latencyMs, from, to);
    if (window.sketch !== null && reference !== null)
      addToWindowSketch(
        window.sketch,
        reference.reference,
        to - from,
        sliceColumns(columns, from, to),
      );
  }
}
