import type { DatetimePart } from '../definition/feature-view-definition';
import { utcDay, utcHour, utcMonthAndDayOfYear, utcWeekday } from './utc-calendar';

/**
 * A date part as an index 0…count-1 of its possible values. The cyclical angle is
 * 2π·index/count and the ordinal value is index + offset (month and day of year count from 1).
 */
interface PartScheme {
  count: number;
  offset: number;
  labels: readonly string[];
  index(ms: number): number;
}

const numbered = (count: number, from: number): string[] =>
  Array.from({ length: count }, (_, k) => String(k + from));

const SEASONS = ['winter', 'spring', 'summer', 'autumn'];

const SCHEMES: Record<DatetimePart, PartScheme> = {
  hour: { count: 24, offset: 0, labels: numbered(24, 0), index: utcHour },
  weekday: {
    count: 7,
    offset: 0,
    labels: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    index: (ms) => utcWeekday(utcDay(ms)),
  },
  month: {
    count: 12,
    offset: 1,
    labels: numbered(12, 1),
    index: (ms) => Math.floor(utcMonthAndDayOfYear(utcDay(ms)) / 1000) - 1,
  },
  day_of_year: {
    count: 366,
    offset: 1,
    labels: numbered(366, 1),
    index: (ms) => (utcMonthAndDayOfYear(utcDay(ms)) % 1000) - 1,
  },
  // Meteorological seasons: Dec–Feb winter (month % 12 maps December to 0), then by threes.
  season: {
    count: 4,
    offset: 0,
    labels: SEASONS,
    index: (ms) => Math.floor((Math.floor(utcMonthAndDayOfYear(utcDay(ms)) / 1000) % 12) / 3),
  },
};

/** The labels of a part's one-hot block (`'0'`…`'23'`, `'mon'`…`'sun'`, `'winter'`…). */
export function datetimePartLabels(part: DatetimePart): readonly string[] {
  return SCHEMES[part].labels;
}

/** Per row, the part's index (value minus its offset); -1 for a missing or non-finite time. */
export function datetimePartIndices(part: DatetimePart, epochMs: Float64Array): Int32Array {
  const { index } = SCHEMES[part];
  const out = new Int32Array(epochMs.length);
  for (let i = 0; i < epochMs.length; i++) {
    const ms = epochMs[i];
    out[i] = Number.isFinite(ms) ? index(ms) : -1;
  }
  return out;
}

/** The ordinal value per row (hour 0–23, weekday 0–6, month 1–12, …); NaN where missing. */
export function datetimeOrdinal(part: DatetimePart, indices: Int32Array): Float32Array {
  const { offset } = SCHEMES[part];
  const out = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = indices[i] < 0 ? NaN : indices[i] + offset;
  return out;
}

/**
 * Sine and cosine of 2π·index/count per row, NaN where missing. Looked up from a table of the
 * part's few possible angles, so each is computed once, identically for batches and rows.
 */
export function datetimeCyclical(
  part: DatetimePart,
  indices: Int32Array,
): [Float32Array, Float32Array] {
  const { count } = SCHEMES[part];
  const sinTable = new Float32Array(count);
  const cosTable = new Float32Array(count);
  for (let k = 0; k < count; k++) {
    sinTable[k] = Math.sin((2 * Math.PI * k) / count);
    cosTable[k] = Math.cos((2 * Math.PI * k) / count);
  }
  const sin = new Float32Array(indices.length);
  const cos = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i];
    sin[i] = k < 0 ? NaN : sinTable[k];
    cos[i] = k < 0 ? NaN : cosTable[k];
  }
  return [sin, cos];
}
