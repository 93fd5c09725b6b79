import { DeadLetterHeader } from '../enums/dead-letter-header.enum';
import type { LogCoordinates } from '../events/consumed-event';

/** A message as it sits on a dead-letter topic, with why and from where it came. */
export interface DeadLetter {
  /** Where the dead letter itself is. */
  at: LogCoordinates;
  /** Where the original message was when it failed. */
  original: LogCoordinates;
  consumerGroup: string;
  errorCode: string;
  errorMessage: string;
  attempts: number;
  failedAt: string;
  key: Buffer | null;
  value: Buffer | null;
  /** The original message's own headers (event envelope), without the dead-letter ones. */
  originalHeaders: Record<string, string>;
}

const DEAD_LETTER_HEADERS = new Set<string>(Object.values(DeadLetterHeader));

/** Splits a dead-letter message's headers into the failure facts and the original headers. */
export function toDeadLetter(
  at: LogCoordinates,
  message: { key: Buffer | null; value: Buffer | null; headers: Record<string, string> },
): DeadLetter {
  const header = (name: DeadLetterHeader) => message.headers[name] ?? '';
  return {
    at,
    original: {
      topic: header(DeadLetterHeader.OriginalTopic),
      partition: Number(header(DeadLetterHeader.OriginalPartition)),
      offset: header(DeadLetterHeader.OriginalOffset),
    },
    consumerGroup: header(DeadLetterHeader.ConsumerGroup),
    errorCode: header(DeadLetterHeader.ErrorCode),
    errorMessage: header(DeadLetterHeader.ErrorMessage),
    attempts: Number(header(DeadLetterHeader.Attempts)),
    failedAt: header(DeadLetterHeader.FailedAt),
    key: message.key,
    value: message.value,
    originalHeaders: Object.fromEntries(
      Object.entries(message.headers).filter(([name]) => !DEAD_LETTER_HEADERS.has(name)),
    ),
  };
}
