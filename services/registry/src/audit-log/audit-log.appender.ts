import type { ConsumedEvent } from '@loopline/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEntryRow } from '../database/audit-entry.row';
import { type AuditFacts, computeEntryHash, GENESIS_HASH } from '../domain/audit-chain';
import { encodeAuditJson } from '../domain/audit-json';

/** Advisory-lock key that serialises appends, so two writers never extend the same tail. */
const AUDIT_APPEND_LOCK = 0x4c4f4f50; // "LOOP"

/** Appends one consumed event to the hash chain inside the caller's transaction. */
@Injectable()
export class AuditLogAppender {
  async append(manager: EntityManager, event: ConsumedEvent): Promise<AuditEntryRow> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_APPEND_LOCK]);
    const tail = await manager.find(AuditEntryRow, { order: { sequence: 'DESC' }, take: 1 });
    const previousHash = tail[0]?.entryHash ?? GENESIS_HASH;
    const facts: AuditFacts = {
      sequence: (tail[0]?.sequence ?? 0) + 1,
      eventId: event.metadata.eventId,
      eventType: event.name,
      topic: event.source.topic,
      partition: event.source.partition,
      offset: event.source.offset,
      aggregateKey: event.key,
      correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId ?? null,
      producer: event.metadata.producer,
      occurredAt: new Date(event.metadata.occurredAt).toISOString(),
      // Audit JSON holds every value losslessly in jsonb, so the hash covers exactly what is
      // stored and gives back (NaN, NUL characters and bytes included).
      payload: encodeAuditJson(event.payload),
    };
    const row = manager.create(AuditEntryRow, {
      ...facts,
      previousHash,
      entryHash: computeEntryHash(previousHash, facts),
    });
    return manager.save(row);
  }
}
