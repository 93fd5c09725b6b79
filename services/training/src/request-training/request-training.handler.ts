import { randomUUID } from 'node:crypto';
import {
  type IdempotentOutcome,
  type IdempotentRequest,
  IdempotentRequests,
  OutboxWriter,
} from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { RequestTrainingDto } from './request-training.dto';

export interface TrainingRequestAccepted {
  requestId: string;
  eventId: string;
  correlationId: string;
}

/**
 * Publishes TrainingRequested through the outbox; training itself reacts to the event. With an
 * Idempotency-Key, a retried request gets the first response instead of a second event.
 */
@Injectable()
export class RequestTrainingHandler {
  constructor(
    private readonly idempotency: IdempotentRequests,
    private readonly outbox: OutboxWriter,
  ) {}

  /** `requestedBy` is the name of the authenticated principal, which the event records. */
  execute(
    dto: RequestTrainingDto,
    requestedBy: string,
    correlationId?: string,
    idempotent?: IdempotentRequest,
  ): Promise<IdempotentOutcome<TrainingRequestAccepted>> {
    return this.idempotency.run(idempotent, async (manager) => {
      const requestId = randomUUID();
      const metadata = await this.outbox.enqueue(
        manager,
        'TrainingRequested',
        { ...dto, requestedBy, requestId, trigger: 'manual', requestedAt: Date.now() },
        { correlationId },
      );
      return { requestId, eventId: metadata.eventId, correlationId: metadata.correlationId };
    });
  }
}
