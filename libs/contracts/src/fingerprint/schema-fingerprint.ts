import type { Type } from 'avsc';
import { crc64AvroFingerprint } from './crc64-avro.fingerprint';
import { parsingCanonicalForm } from './parsing-canonical-form';

/** The 8-byte CRC-64-AVRO fingerprint of a type, little-endian as in single-object encoding. */
export function schemaFingerprint(type: Type): Buffer {
  return crc64AvroFingerprint(parsingCanonicalForm(type));
}
