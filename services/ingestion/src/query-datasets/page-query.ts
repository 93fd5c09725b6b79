import { ErrorKind, PlatformError } from '@loopline/errors';
import type { Page } from '../database/batch.store';

/** A page of a listing and how to ask for the next one. */
export interface PageOf<T> {
  items: T[];
  limit: number;
  offset: number;
  /** Query string of the next page; null on the last one. */
  next: string | null;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** `?limit=&offset=` with bounds, or a 400 that says what is allowed. */
export function parsePage(limit: unknown, offset: unknown): Page {
  const read = (name: string, value: unknown, fallback: number, max: number): number => {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (typeof value !== 'string' || !/^\d+$/.test(value) || number > max) {
      throw new PlatformError(
        'INGESTION.INVALID_PAGE',
        `${name} must be a whole number in [0, ${max}] (got '${String(value)}').`,
        { kind: ErrorKind.InvalidInput },
      );
    }
    return number;
  };
  return {
    limit: Math.max(1, read('limit', limit, DEFAULT_LIMIT, MAX_LIMIT)),
    offset: read('offset', offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

/** Wraps one page; a full page may have a next one, a short page is the last. */
export function pageOf<T>(items: T[], page: Page): PageOf<T> {
  return {
    items,
    limit: page.limit,
    offset: page.offset,
    next:
      items.length < page.limit ? null : `?limit=${page.limit}&offset=${page.offset + page.limit}`,
  };
}
