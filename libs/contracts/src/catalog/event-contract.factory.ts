import type { EventName, EventPayloads } from '../generated';
import { schemaFingerprint } from '../fingerprint/schema-fingerprint';
import { toAvroType } from './avro-type.factory';
import type { EventCatalogEntry } from './event-catalog-entry';
import type { EventContract } from './event-contract.interface';

/** Turns generated catalog data into a contract with a parsed type and its fingerprint. */
export function createEventContract<N extends EventName>(
  entry: EventCatalogEntry<N>,
): EventContract<N> {
  const type = toAvroType(entry.schema);
  const fingerprint = schemaFingerprint(type);
  const keyField = entry.keyField;
  return Object.freeze({
    name: entry.name,
    topic: entry.topic,
    keyField,
    compacted: entry.compacted,
    type,
    fingerprint,
    fingerprintHex: fingerprint.toString('hex'),
    keyOf: (payload: EventPayloads[N]): string => String(payload[keyField]),
  });
}
