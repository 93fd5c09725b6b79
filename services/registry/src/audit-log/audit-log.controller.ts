import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { AuditEntryRow } from '../database/audit-entry.row';
import { type AuditChainReport, AuditChainChecker } from './audit-chain.checker';
import { parseAuditLogQuery } from './audit-log.query';

/** Read-only HTTP access to the audit log for people and outside tools. */
@Controller('audit-log')
export class AuditLogController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checker: AuditChainChecker,
  ) {}

  @Get()
  async list(@Query() raw: Record<string, unknown>) {
    const query = parseAuditLogQuery(raw);
    const rows = await this.dataSource.getRepository(AuditEntryRow).find({
      where: {
        sequence: MoreThan(query.afterSequence),
        ...(query.correlationId ? { correlationId: query.correlationId } : {}),
        ...(query.eventType ? { eventType: query.eventType } : {}),
      },
      order: { sequence: 'ASC' },
      take: query.limit,
    });
    return {
      entries: rows.map(({ recordedAt, ...entry }) => ({
        ...entry,
        recordedAt: recordedAt.toISOString(),
      })),
    };
  }

  @Get('verification')
  verify(): Promise<AuditChainReport> {
    return this.checker.check();
  }
}
