import { setTimeout as delay } from 'node:timers/promises';

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Shown in the timeout error, so a failing test says what it was waiting for. */
  description?: string;
  /** An error for which waiting longer cannot help (a failed run): thrown at once. */
  isFinal?: (error: unknown) => boolean;
}

/**
 * Polls until `probe` returns a value other than undefined/false, instead of sleeping a fixed
 * time: fast when the system is fast, and a clear failure when it never gets there.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  {
    timeoutMs = 20_000,
    intervalMs = 50,
    description = 'condition',
    isFinal = () => false,
  }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      if (isFinal(error)) throw error;
      lastError = error;
    }
    await delay(intervalMs);
  }
  const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${reason}`);
}
