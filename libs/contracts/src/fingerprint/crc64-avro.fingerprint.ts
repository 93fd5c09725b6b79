/**
 * CRC-64-AVRO, the 64-bit Rabin fingerprint defined by the Avro specification ("Schema
 * Fingerprints"). BigInt keeps the spec's unsigned 64-bit arithmetic readable; it runs only when a
 * schema is loaded or registered, never per message.
 */
const EMPTY = 0xc15d213aa4d7a795n;
const BYTE_MASK = 0xffn;

const TABLE: readonly bigint[] = Array.from({ length: 256 }, (_, index) => {
  let fp = BigInt(index);
  for (let bit = 0; bit < 8; bit += 1) {
    // -(fp & 1n) is all ones when the low bit is set, zero otherwise: the spec's branch-free XOR.
    fp = (fp >> 1n) ^ (EMPTY & -(fp & 1n));
  }
  return fp;
});

/**
 * Fingerprints a schema's Parsing Canonical Form. Returns the 8 bytes little-endian, the order
 * Avro single-object encoding puts them on the wire.
 */
export function crc64AvroFingerprint(canonicalForm: string): Buffer {
  let fp = EMPTY;
  for (const byte of Buffer.from(canonicalForm, 'utf8')) {
    fp = (fp >> 8n) ^ TABLE[Number((fp ^ BigInt(byte)) & BYTE_MASK)];
  }
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(fp);
  return bytes;
}
