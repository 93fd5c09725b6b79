import { DeadLetterHeader, ReplayHeader } from '../enums/dead-letter-header.enum';
import type { LogCoordinates } from '../events/consumed-event';

/** When and by whom a dead letter was sent back to its consumer group. */
export interface ReplayRecord {
  at: string;
  by: string;
}

/** A message as it sits on a dead-letter topic, with why and from where it came. */
export interface DeadLetter {
  /** Where the dead letter itself is. */
  at: LogCoordinates;
  /** Where the original message was when it first failed. */
  original: LogCoordinates;
  /** When the original message was published (epoch ms, from the broker). */
  originalTimestamp: string;
  consumerGroup: string;
  errorCode: string;
  errorKind: string;
  /** A retriable failure exhausted its budget: it may well pass once its cause is fixed. */
  retriable: boolean;
  errorMessage: string;
  attempts: number;
  failedAt: string;
  key: Buffer | null;
  value: Buffer | null;
  /** The original message's own headers (event envelope), without the dead-letter ones. */
  originalHeaders: Record<string, string>;
  /** Set once an operator replayed it; `replay --all` passes over it then. */
  replayed?: ReplayRecord;
}

const FAILURE_HEADERS = new Set<string>([
  ...Object.values(DeadLetterHeader),
  ...Object.values(ReplayHeader),
]);

/** What a message of a dead-letter topic is: a dead letter, or the marker of a replay. */
export function isReplayMarker(headers: Record<string, string>): boolean {
  return headers[ReplayHeader.Marker] !== undefined;
}

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
    originalTimestamp: header(DeadLetterHeader.OriginalTimestamp),
    consumerGroup: header(DeadLetterHeader.ConsumerGroup),
    errorCode: header(DeadLetterHeader.ErrorCode),
    errorKind: header(DeadLetterHeader.ErrorKind),
    retriable: header(DeadLetterHeader.Retriable) === 'true',
    errorMessage: header(DeadLetterHeader.ErrorMessage),
    attempts: Number(header(DeadLetterHeader.Attempts)),
    failedAt: header(DeadLetterHeader.FailedAt),
    key: message.key,
    value: message.value,
    originalHeaders: Object.fromEntries(
      Object.entries(message.headers).filter(([name]) => !FAILURE_HEADERS.has(name)),
    ),
  };
}

/** `<partition>:<offset>`: how operators and replay markers name a dead letter. */
export function deadLetterId(at: LogCoordinates): string {
  return `${at.partition}:${at.offset}`;
}
