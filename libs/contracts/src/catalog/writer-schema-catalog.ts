import type { Type } from 'avsc';
import { RELEASED_SCHEMAS } from '../generated';
import { schemaFingerprint } from '../fingerprint/schema-fingerprint';
import { toAvroType } from './avro-type.factory';
import { allContracts } from './event-contracts';

/**
 * Writer schemas by fingerprint: what a consumer can decode. Single-object encoding names the
 * writer schema only by its fingerprint, so a consumer can read a message only if the writer
 * schema was released to it (committed under schemas/released/) or is its own current schema.
 */
export class WriterSchemaCatalog {
  private readonly writers = new Map<string, Type>();

  /** A catalog holding every current schema and every schema under schemas/released/. */
  static withReleasedSchemas(): WriterSchemaCatalog {
    const catalog = new WriterSchemaCatalog();
    for (const contract of allContracts()) catalog.register(contract.type);
    for (const released of RELEASED_SCHEMAS) catalog.register(toAvroType(released.schema));
    return catalog;
  }

  /** Adds a writer type and returns its fingerprint hex. Registering the same schema twice is a no-op. */
  register(type: Type): string {
    const fingerprintHex = schemaFingerprint(type).toString('hex');
    if (!this.writers.has(fingerprintHex)) this.writers.set(fingerprintHex, type);
    return fingerprintHex;
  }

  /** The writer type with this fingerprint (16 lower-case hex digits), if known. */
  find(fingerprintHex: string): Type | undefined {
    return this.writers.get(fingerprintHex.toLowerCase());
  }

  /** Fingerprints of every known writer, for diagnostics. */
  fingerprints(): string[] {
    return [...this.writers.keys()].sort();
  }
}
