import { Module } from '@nestjs/common';
import { AuditChainChecker } from './audit-chain.checker';
import { AuditLogAppender } from './audit-log.appender';
import { AuditLogController } from './audit-log.controller';
import { RecordLifecycleEventController } from './record-lifecycle-event.controller';

/** The hash-chained audit log of every lifecycle event, its HTTP reads and its verification. */
@Module({
  controllers: [RecordLifecycleEventController, AuditLogController],
  providers: [AuditLogAppender, AuditChainChecker],
})
export class AuditLogModule {}
