import type { SliceSpec } from '../gate-policy';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Meteorological seasons of the northern hemisphere, by UTC month: December to February is winter. */
const SEASON_OF_MONTH = [
  'winter',
  'winter',
  'spring',
  'spring',
  'spring',
  'summer',
  'summer',
  'summer',
  'autumn',
  'autumn',
  'autumn',
  'winter',
];

/** The slice value of an epoch-millisecond timestamp, in UTC; hours as '00'…'23' so they sort. */
export function timestampPart(epochMs: number, part: NonNullable<SliceSpec['part']>): string {
  const date = new Date(epochMs);
  switch (part) {
    case 'month':
      return MONTHS[date.getUTCMonth()];
    case 'season':
      return SEASON_OF_MONTH[date.getUTCMonth()];
    case 'weekday':
      return WEEKDAYS[date.getUTCDay()];
    case 'hour':
      return String(date.getUTCHours()).padStart(2, '0');
  }
}
