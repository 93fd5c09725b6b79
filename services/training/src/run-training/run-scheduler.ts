import { randomUUID } from 'node:crypto';
import { type JobCause, JobQueue } from '@loopline/jobs';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TrackingStore } from '../tracking';
import { TRAIN_MODEL_JOB, type RunRequest, type TrainModelInput } from './train-model.input';
import { TrainingSlotRow } from './training-slot.row';

export type ScheduleOutcome =
  | { kind: 'started'; runId: string }
  /** A run of the model is training: the request waits for the one follow-up run. */
  | { kind: 'coalesced'; activeRunId: string; waiting: number };

/**
 * One model name trains at a time. A request for an idle model starts a run; requests arriving
 * while it trains are kept, in order, and coalesced into a single follow-up run that starts in
 * the transaction that ends the current one, so none is lost and none waits forever.
 */
@Injectable()
export class RunScheduler {
  private readonly logger = new Logger(RunScheduler.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly tracking: TrackingStore,
  ) {}

  async submit(
    manager: EntityManager,
    request: RunRequest,
    cause: JobCause,
  ): Promise<ScheduleOutcome> {
    const slot = await this.lockSlot(manager, request.modelName);
    if (slot.activeRunId === null) {
      const runId = await this.startRun(manager, [request], cause);
      await manager.update(TrainingSlotRow, slot.modelName, { activeRunId: runId });
      return { kind: 'started', runId };
    }
    const pending = [...(slot.pending ?? []), request];
    await manager.update(TrainingSlotRow, slot.modelName, { pending });
    this.logger.log(
      `${request.modelName}: run ${slot.activeRunId} is training; request ` +
        `${request.requestId ?? `(${request.trigger})`} waits for the follow-up run (${pending.length} waiting)`,
    );
    return { kind: 'coalesced', activeRunId: slot.activeRunId, waiting: pending.length };
  }

  /**
   * Frees the model's slot when `runId` ended, in the transaction that records the end: the
   * waiting requests, if any, become the follow-up run.
   */
  async release(
    manager: EntityManager,
    modelName: string,
    runId: string,
    cause: JobCause,
  ): Promise<string | null> {
    const slot = await this.lockSlot(manager, modelName);
    if (slot.activeRunId !== runId) return null; // already released by an earlier delivery
    const waiting = slot.pending ?? [];
    const followUp = waiting.length > 0 ? await this.startRun(manager, waiting, cause) : null;
    await manager.update(TrainingSlotRow, modelName, { activeRunId: followUp, pending: null });
    return followUp;
  }

  private async startRun(
    manager: EntityManager,
    requests: RunRequest[],
    cause: JobCause,
  ): Promise<string> {
    const runId = randomUUID();
    const newest = requests[requests.length - 1];
    const requestIds = requests.flatMap((r) => (r.requestId === null ? [] : [r.requestId]));
    await this.tracking.createRun(manager, {
      id: runId,
      modelName: newest.modelName,
      trigger: newest.trigger,
      reason: requests.map((r) => r.reason).join(' | '),
      requestedBy: [...new Set(requests.map((r) => r.requestedBy))].join(', '),
      requestIds,
      featureSetId: null,
      configVersion: null,
      configHash: null,
      params: {},
      tags: { trigger: newest.trigger, coalesced: String(requests.length - 1) },
    });
    const input: TrainModelInput = { runId, modelName: newest.modelName, requests };
    await this.jobs.enqueue(manager, {
      kind: TRAIN_MODEL_JOB,
      key: newest.modelName,
      input,
      ...cause,
    });
    return runId;
  }

  private async lockSlot(manager: EntityManager, modelName: string): Promise<TrainingSlotRow> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TrainingSlotRow)
      .values({ modelName, activeRunId: null, pending: null })
      .orIgnore()
      .execute();
    return manager.findOneOrFail(TrainingSlotRow, {
      where: { modelName },
      lock: { mode: 'pessimistic_write' },
    });
  }
}
