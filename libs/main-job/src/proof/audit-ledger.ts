import { allContracts } from '@loopline/contracts';
import { type Json, poll, type ServiceClient } from '../http/service-client';
import type { EventTap } from '../events/event-tap';

export interface AuditLedgerResult {
  /** Distinct lifecycle events on the topics. */
  lifecycleEvents: number;
  entries: number;
  /** On a topic, not in the audit log. */
  missing: number;
  /** In the audit log more than once. */
  duplicated: number;
  chainIntact: boolean;
  checkedEntries: number;
  firstBroken: Json | null;
  examples: { missing: string[]; duplicated: string[] };
}

const PAGE = 500;

/** The registry audits every event but its own checkpoints and compacted state snapshots. */
const AUDITED = new Set(
  allContracts()
    .filter((contract) => contract.name !== 'AuditCheckpointRecorded' && !contract.compacted)
    .map((contract) => contract.name as string),
);

/**
 * Every lifecycle event read from the topics must be in the registry's audit log exactly once
 * (a redelivered message carries the same event id and must not be recorded again), and the
 * hash chain must verify from the first entry to the last.
 */
export async function checkAuditLog(
  tap: EventTap,
  http: ServiceClient,
  timeoutMs = 120_000,
): Promise<AuditLedgerResult> {
  const counts = new Map<string, number>();
  let after = 0;
  let entries = 0;
  const wanted = () =>
    new Set(
      tap
        .all()
        .filter((event) => AUDITED.has(event.type))
        .map((event) => event.eventId),
    );
  const missing = () => [...wanted()].filter((id) => !counts.has(id));
  const readNew = async () => {
    for (;;) {
      const page = (await http.get('registry', `/audit-log?afterSequence=${after}&limit=${PAGE}`))
        .entries as Json[];
      for (const entry of page) {
        counts.set(entry.eventId, (counts.get(entry.eventId) ?? 0) + 1);
        after = Math.max(after, Number(entry.sequence));
        entries++;
      }
      if (page.length < PAGE) break;
    }
    return missing().length === 0;
  };
  await poll('every lifecycle event to be audited', readNew, { timeoutMs, intervalMs: 1000 }).catch(
    () => undefined,
  );
  const verification = await http.get('registry', '/audit-log/verification');
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  const absent = missing();
  return {
    lifecycleEvents: wanted().size,
    entries,
    missing: absent.length,
    duplicated: duplicated.length,
    chainIntact: verification.intact,
    checkedEntries: verification.checkedEntries,
    firstBroken: verification.firstBroken ?? null,
    examples: { missing: absent.slice(0, 5), duplicated: duplicated.slice(0, 5) },
  };
}
