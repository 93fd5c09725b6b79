/**
 * Stable codes of the errors this library throws (as PlatformError). Callers branch on the code;
 * every one of them is a permanent input problem: retrying the same bytes or payload cannot help,
 * so consumers send the message to the dead-letter topic.
 */
export const ContractErrorCode = {
  /** An event name or topic that is not in the catalog. */
  UnknownEventType: 'CONTRACTS.UNKNOWN_EVENT_TYPE',
  /** Bytes that do not start with the Avro single-object marker C3 01 and an 8-byte fingerprint. */
  NotSingleObject: 'CONTRACTS.NOT_SINGLE_OBJECT',
  /** A writer schema fingerprint this process does not know. */
  UnknownFingerprint: 'CONTRACTS.UNKNOWN_FINGERPRINT',
  /** A body that is truncated, corrupt, or followed by extra bytes. */
  MalformedBody: 'CONTRACTS.MALFORMED_BODY',
  /** A writer schema that cannot be resolved into the reader schema. */
  IncompatibleWriter: 'CONTRACTS.INCOMPATIBLE_WRITER',
  /** A payload that does not match its event schema. */
  InvalidPayload: 'CONTRACTS.INVALID_PAYLOAD',
} as const;

/** One of the ContractErrorCode values. */
export type ContractErrorCode = (typeof ContractErrorCode)[keyof typeof ContractErrorCode];
