import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import type { RetrainingPolicy } from '../policies/monitoring-policy';
import { RetrainingModelRow, RetrainingRequestRow } from './database';
import { activeInFlight, type InFlightRequest, type RetrainingEnding } from './domain';
import { lockRetrainingModel } from './retraining-model.lock';

/** Which open request an event is about: by the request it names, or by its training run. */
export interface RequestMatch {
  requestId?: string | null;
  trainingRunId: string;
}

/**
 * Tracks when a request stops counting as in flight: its run fails, its version fails its gate,
 * its rollout completes or is rolled back, or nothing is heard for the policy's timeout.
 */
@Injectable()
export class RetrainingEndings {
  /** Links a request to the run that serves it, so later endings that name only the run match. */
  async runStarted(
    manager: EntityManager,
    requestId: string,
    trainingRunId: string,
  ): Promise<boolean> {
    if (!isUuid(requestId)) return false;
    const updated = await manager.update(
      RetrainingRequestRow,
      { requestId, endedAt: IsNull() },
      { trainingRunId },
    );
    return (updated.affected ?? 0) > 0;
  }

  /** Ends the open request the event is about; false when it is about no request of ours. */
  async end(
    manager: EntityManager,
    match: RequestMatch,
    ending: RetrainingEnding,
    detail: string,
    at: number,
  ): Promise<boolean> {
    const query = manager
      .getRepository(RetrainingRequestRow)
      .createQueryBuilder('request')
      .where('request.ended_at IS NULL')
      .andWhere('(request.training_run_id = :runId OR request.request_id = :requestId)', {
        runId: match.trainingRunId,
        // A uuid column compared with a non-uuid text fails; the nil uuid matches no request.
        requestId: isUuid(match.requestId)
          ? match.requestId
          : '00000000-0000-0000-0000-000000000000',
      });
    const requests = await query.getMany();
    for (const request of requests) {
      // Model row first, as every decision locks it: endings and decisions never deadlock.
      const model = await lockRetrainingModel(manager, request.modelName);
      await this.close(manager, model, request, ending, detail, at);
    }
    return requests.length > 0;
  }

  /**
   * The request in flight for a locked model at `now`; one that went quiet for longer than the
   * policy's timeout is closed as timed out on the way, so it no longer blocks.
   */
  async inFlight(
    manager: EntityManager,
    model: RetrainingModelRow,
    policy: RetrainingPolicy,
    now: number,
  ): Promise<InFlightRequest | null> {
    if (model.inFlightRequestId === null) return null;
    const request = await manager.findOneBy(RetrainingRequestRow, {
      requestId: model.inFlightRequestId,
    });
    if (request === null || request.endedAt !== null) {
      model.inFlightRequestId = null;
      return null;
    }
    const inFlight = {
      requestId: request.requestId,
      requestedAt: request.requestedAt.getTime(),
      trainingRunId: request.trainingRunId,
    };
    if (activeInFlight({ inFlight, policy, now }) !== null) return inFlight;
    const detail = `no run failure, gate failure or rollout end was heard within inFlightTimeoutSeconds (${policy.inFlightTimeoutSeconds} s)`;
    await this.close(manager, model, request, 'timed_out', detail, now);
    return null;
  }

  private async close(
    manager: EntityManager,
    model: RetrainingModelRow,
    request: RetrainingRequestRow,
    ending: RetrainingEnding,
    detail: string,
    at: number,
  ): Promise<void> {
    await manager.update(
      RetrainingRequestRow,
      { requestId: request.requestId, endedAt: IsNull() },
      { endedAt: new Date(at), ending, endingDetail: detail },
    );
    if (model.inFlightRequestId === request.requestId) {
      model.inFlightRequestId = null;
      model.updatedAt = new Date(at);
      await manager.save(RetrainingModelRow, model);
    }
  }
}

function isUuid(value: string | null | undefined): value is string {
  return (
    typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}
