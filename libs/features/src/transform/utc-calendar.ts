const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Whole days since 1970-01-01 UTC (floored, so instants before 1970 land on the right day). */
export function utcDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** Hour of the UTC day, 0–23. */
export function utcHour(ms: number): number {
  return Math.floor((ms - utcDay(ms) * MS_PER_DAY) / MS_PER_HOUR);
}

/** Day of the week with Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday, 3). */
export function utcWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Month (1–12) and day of the year (1–366) of a day number, by H. Hinnant's civil-from-days
 * algorithm: integer arithmetic only, so the batch path allocates no Date per row.
 * Returns `month * 1000 + dayOfYear` to avoid allocating a pair.
 */
export function utcMonthAndDayOfYear(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  // Day of the year counted from 1 March, so the leap day is the last day of the "year".
  const doyFromMarch = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doyFromMarch + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  if (month <= 2) return month * 1000 + doyFromMarch - 306 + 1;
  const year = yoe + era * 400;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return month * 1000 + doyFromMarch + 59 + leap + 1;
}
