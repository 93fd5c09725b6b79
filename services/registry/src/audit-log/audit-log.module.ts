import { type EventCodec } from '@loopline/contracts';
import { EVENT_CODEC, MESSAGING_OPTIONS, type ResolvedMessagingOptions } from '@loopline/messaging';
import { type DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditCheckpointReader } from '../audit-checkpoint/audit-checkpoint.reader';
import { AuditCheckpointRecorder } from '../audit-checkpoint/audit-checkpoint.recorder';
import {
  AUDIT_CHECKPOINT_SETTINGS,
  type AuditCheckpointSettings,
} from '../audit-checkpoint/audit-checkpoint.settings';
import { AuditChainChecker } from './audit-chain.checker';
import { AuditLogAppender } from './audit-log.appender';
import { AuditLogController } from './audit-log.controller';
import { RecordLifecycleEventController } from './record-lifecycle-event.controller';

/**
 * The hash-chained audit log of every lifecycle event, its HTTP reads, the checkpoints that
 * anchor it in Kafka, and its verification against them.
 */
@Module({})
export class AuditLogModule {
  static forRoot(settings: AuditCheckpointSettings): DynamicModule {
    return {
      module: AuditLogModule,
      controllers: [RecordLifecycleEventController, AuditLogController],
      providers: [
        AuditLogAppender,
        AuditCheckpointRecorder,
        { provide: AUDIT_CHECKPOINT_SETTINGS, useValue: settings },
        {
          provide: AuditCheckpointReader,
          inject: [MESSAGING_OPTIONS, EVENT_CODEC],
          useFactory: (messaging: ResolvedMessagingOptions, codec: EventCodec) =>
            AuditCheckpointReader.create({
              brokers: messaging.brokers,
              topicPrefix: messaging.topicPrefix,
              clientId: `${messaging.serviceName}-audit-verify`,
              codec,
              chainId: settings.chainId,
            }),
        },
        {
          provide: AuditChainChecker,
          inject: [DataSource, AuditCheckpointReader],
          useFactory: (dataSource: DataSource, reader: AuditCheckpointReader) =>
            new AuditChainChecker(dataSource, reader),
        },
      ],
    };
  }
}
