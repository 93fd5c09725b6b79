import { setTimeout as delay } from 'node:timers/promises';

/** Waits between retries; resolves early (without throwing) when the consumer is shutting down. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch {
    // aborted: the caller checks its own state and stops retrying
  }
}
