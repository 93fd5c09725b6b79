/** What a timestamp input becomes in a drift reference: its UTC hour and weekday. */
export type TimestampPart = 'hour' | 'weekday';

export const TIMESTAMP_PARTS: readonly TimestampPart[] = ['hour', 'weekday'];

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));

/** The derived column's name: `<column>.hour`, `<column>.weekday`. */
export function timestampPartColumn(column: string, part: TimestampPart): string {
  return `${column}.${part}`;
}

/** Labels of a part's values, indexed by `timestampPartIndex`: '00'…'23', 'Sun'…'Sat'. */
export function timestampPartLabels(part: TimestampPart): readonly string[] {
  return part === 'hour' ? HOURS : WEEKDAYS;
}

/**
 * Index of the hour (0–23) or weekday (0 = Sunday) of epoch milliseconds, in UTC; -1 when the
 * value is missing (NaN or infinite). Arithmetic on the epoch rather than `Date`, which is
 * several times slower per value.
 */
export function timestampPartIndex(part: TimestampPart, epochMs: number): number {
  if (!Number.isFinite(epochMs)) return -1;
  if (part === 'hour') return mod(Math.floor(epochMs / HOUR_MS), 24);
  // 1970-01-01 was a Thursday (index 4).
  return mod(Math.floor(epochMs / DAY_MS) + 4, 7);
}

function mod(value: number, modulus: number): number {
  const rest = value % modulus;
  return rest < 0 ? rest + modulus : rest;
}
