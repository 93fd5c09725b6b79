import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RegistryProjections } from '../projections/registry-projections';
import { AuditLogAppender } from './audit-log.appender';
import { AUDITED_EVENTS } from './audited-events';

/**
 * The registry is the system of record: every lifecycle event (AUDITED_EVENTS) lands in the
 * audit log once, and the registry's projections (versions, gate verdicts, lineage) are built
 * from it in the same transaction, so the log and the state never disagree.
 */
@Controller()
export class RecordLifecycleEventController {
  constructor(
    private readonly inbox: Inbox,
    private readonly appender: AuditLogAppender,
    private readonly projections: RegistryProjections,
  ) {}

  @ConsumeEvent(...AUDITED_EVENTS)
  async record(@Payload() event: ConsumedEvent): Promise<void> {
    await this.inbox.runOnce(event, async (manager) => {
      await this.appender.append(manager, event);
      await this.projections.apply(manager, event);
    });
  }
}
