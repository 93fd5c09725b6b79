import { randomUUID } from 'node:crypto';
import { OutboxWriter } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestTrainingDto } from './request-training.dto';

export interface TrainingRequestAccepted {
  requestId: string;
  eventId: string;
  correlationId: string;
}

/** Publishes TrainingRequested through the outbox; training itself reacts to the event. */
@Injectable()
export class RequestTrainingHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(dto: RequestTrainingDto, correlationId?: string): Promise<TrainingRequestAccepted> {
    const requestId = randomUUID();
    const metadata = await this.dataSource.transaction((manager) =>
      this.outbox.enqueue(
        manager,
        'TrainingRequested',
        { ...dto, requestId, trigger: 'manual', requestedAt: Date.now() },
        { correlationId },
      ),
    );
    return { requestId, eventId: metadata.eventId, correlationId: metadata.correlationId };
  }
}
