import type { HousekeepingOptions } from '../messaging-options.interface';

/** Names every housekeeping option that cannot work; empty when all are usable. */
export function validateHousekeepingOptions(options: HousekeepingOptions): string[] {
  const problems: string[] = [];
  const positiveInteger = (name: keyof HousekeepingOptions) => {
    const value = options[name];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
      problems.push(`housekeeping.${name} must be a whole number >= 1 (got ${String(value)})`);
  };
  positiveInteger('intervalMs');
  positiveInteger('batchSize');
  positiveInteger('outboxRetentionMs');
  positiveInteger('inboxRetentionMs');
  positiveInteger('idempotencyKeyRetentionMs');
  return problems;
}
