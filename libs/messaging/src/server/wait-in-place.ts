import { ErrorKind, PlatformError } from '@loopline/errors';
import { MessagingErrorCode } from '../errors/messaging-error-code';
import { sleep } from './sleep';

/** Longest stretch without a heartbeat: well inside kafkajs's 3 s heartbeat interval. */
const HEARTBEAT_SLICE_MS = 1_000;

/**
 * Holds the current message while its partition waits before a retry. The group keeps this
 * member because it heartbeats at least once a second; a rebalance surfaces as the heartbeat's
 * own error, thrown so kafkajs rejoins, and shutdown as RETRY_INTERRUPTED. Either way the offset
 * stays uncommitted and whoever owns the partition next reads the same message again.
 */
export async function waitInPlace(
  delayMs: number,
  heartbeat: () => Promise<void>,
  shuttingDown: AbortSignal,
): Promise<void> {
  let remaining = delayMs;
  do {
    const slice = Math.min(remaining, HEARTBEAT_SLICE_MS);
    await sleep(slice, shuttingDown);
    if (shuttingDown.aborted) {
      throw new PlatformError(
        MessagingErrorCode.RetryInterrupted,
        'The consumer is shutting down; the message is left uncommitted for the next owner.',
        { kind: ErrorKind.Unavailable },
      );
    }
    await heartbeat();
    remaining -= slice;
  } while (remaining > 0);
}
