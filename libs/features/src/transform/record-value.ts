import type { RawColumnType } from './raw-batch';
import { parseIsoTimestamp } from './parse-iso-timestamp';

/** A request field read as a raw value: a number (NaN = missing), a string (null = missing), or why not. */
export type RecordValue =
  { ok: true; value: number | string | null } | { ok: false; message: string };

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

const fail = (message: string): RecordValue => ({ ok: false, message });

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;
}

function numeric(value: unknown): RecordValue {
  if (value === null || value === undefined || value === '') return { ok: true, value: NaN };
  // An explicit NaN or ±Infinity is refused rather than read as missing: JSON cannot carry
  // them, so they point at a bug in the caller, and missing is spelled null.
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { ok: true, value }
      : fail(`must be a finite number, got ${value}`);
  }
  if (typeof value === 'string' && DECIMAL.test(value.trim())) {
    const parsed = Number(value.trim());
    if (Number.isFinite(parsed)) return { ok: true, value: parsed };
  }
  return fail(`must be a number or a numeric string, got ${describe(value)}`);
}

function timestamp(value: unknown): RecordValue {
  if (value === null || value === undefined || value === '') return { ok: true, value: NaN };
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { ok: true, value }
      : fail(`must be finite epoch milliseconds, got ${value}`);
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? { ok: true, value: ms } : fail('is an invalid Date');
  }
  if (typeof value === 'string') {
    const ms = parseIsoTimestamp(value);
    if (Number.isFinite(ms)) return { ok: true, value: ms };
  }
  return fail(`must be epoch milliseconds or an ISO-8601 date-time, got ${describe(value)}`);
}

function categorical(value: unknown): RecordValue {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'string') return { ok: true, value };
  // The string form the dataset would hold: 42 → '42', true → 'true'.
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    return { ok: true, value: String(value) };
  }
  return fail(`must be a string, got ${describe(value)}`);
}

/** Reads one field of a request row as the raw value a column of `type` holds. */
export function readRecordValue(type: RawColumnType, value: unknown): RecordValue {
  switch (type) {
    case 'numeric':
      return numeric(value);
    case 'timestamp':
      return timestamp(value);
    case 'categorical':
      return categorical(value);
  }
}
