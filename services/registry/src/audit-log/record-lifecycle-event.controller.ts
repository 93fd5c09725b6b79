import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditLogAppender } from './audit-log.appender';
import { AUDITED_EVENTS } from './audited-events';

/** The registry is the system of record: every lifecycle event (AUDITED_EVENTS) lands in the audit log once. */
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
