const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return sign * minutes;
}

/**
 * Epoch milliseconds of an ISO-8601 date or date-time (`2024-03-01`, `2024-03-01T08:15`,
 * `…:30.250Z`, `…+01:00`); a string without a zone is UTC, as the batch path stores times.
 * Fractions below a millisecond are truncated. NaN for anything else, including impossible
 * dates such as 2023-02-29, which `Date.parse` would silently roll over into March.
 */
export function parseIsoTimestamp(text: string): number {
  const m = ISO_8601.exec(text.trim());
  if (m === null) return NaN;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = Number(m[4] ?? '0');
  const minute = Number(m[5] ?? '0');
  const second = Number(m[6] ?? '0');
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const zone = m[8] === undefined ? 0 : offsetMinutes(m[8]);
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    Math.abs(zone) < 24 * 60;
  if (!valid) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - zone * 60_000;
}
