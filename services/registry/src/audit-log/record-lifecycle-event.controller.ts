import { allContracts, type EventName } from '@loopline/contracts';
import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditLogAppender } from './audit-log.appender';

/**
 * Every event but the registry's own audit checkpoints: auditing a checkpoint would move the
 * chain head it anchors, so each checkpoint would call for another.
 */
const AUDITED_EVENTS = allContracts()
  .map((contract) => contract.name)
  .filter((name) => name !== 'AuditCheckpointRecorded') as [EventName, ...EventName[]];

/** The registry is the system of record: every lifecycle event lands in the audit log once. */
@Controller()
export class RecordLifecycleEventController {
  constructor(
    private readonly inbox: Inbox,
    private readonly appender: AuditLogAppender,
  ) {}

  @ConsumeEvent(...AUDITED_EVENTS)
  async record(@Payload() event: ConsumedEvent): Promise<void> {
    await this.inbox.runOnce(event, (manager) => this.appender.append(manager, event));
  }
}
