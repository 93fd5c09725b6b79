import { ContractErrorCode } from '../errors/contract-error-code';
import { contractError } from '../errors/contract-error';

/** The two marker bytes that open every Avro single-object encoded message. */
export const SINGLE_OBJECT_MARKER: Buffer = Buffer.from([0xc3, 0x01]);
/** Length of the CRC-64-AVRO fingerprint that follows the marker. */
export const FINGERPRINT_LENGTH = 8;
/** Marker plus fingerprint: where the Avro binary body starts. */
export const SINGLE_OBJECT_HEADER_LENGTH = SINGLE_OBJECT_MARKER.length + FINGERPRINT_LENGTH;

/** A message split into the writer's fingerprint and the Avro binary body. */
export interface SingleObjectParts {
  readonly fingerprintHex: string;
  readonly body: Buffer;
}

/** Prefixes an Avro binary body with the single-object header of its writer schema. */
export function frameSingleObject(fingerprint: Buffer, body: Buffer): Buffer {
  return Buffer.concat([SINGLE_OBJECT_MARKER, fingerprint, body]);
}

/**
 * Splits a single-object message. The body is a view, not a copy. Throws
 * CONTRACTS.NOT_SINGLE_OBJECT when the header is missing or short.
 */
export function parseSingleObject(bytes: Buffer): SingleObjectParts {
  if (
    bytes.length < SINGLE_OBJECT_HEADER_LENGTH ||
    bytes[0] !== SINGLE_OBJECT_MARKER[0] ||
    bytes[1] !== SINGLE_OBJECT_MARKER[1]
  ) {
    const head = bytes.subarray(0, SINGLE_OBJECT_HEADER_LENGTH).toString('hex');
    throw contractError(
      ContractErrorCode.NotSingleObject,
      `Message is not Avro single-object encoded: expected the marker c301 and an 8-byte schema ` +
        `fingerprint (${SINGLE_OBJECT_HEADER_LENGTH} header bytes), got ${bytes.length} bytes starting ` +
        `"${head}". The producer must encode with @loopline/contracts (or another Avro ` +
        'single-object encoder); Confluent-framed or JSON messages are not accepted on this topic.',
      { length: bytes.length, head },
    );
  }
  return {
    fingerprintHex: bytes.subarray(2, SINGLE_OBJECT_HEADER_LENGTH).toString('hex'),
    body: bytes.subarray(SINGLE_OBJECT_HEADER_LENGTH),
  };
}
