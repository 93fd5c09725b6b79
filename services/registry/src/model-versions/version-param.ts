import { invalidRequest } from '../domain/registry-error-code';

/** A `:version` path parameter: a whole number from 1. */
export function parseVersionParam(text: string): number {
  if (/^[1-9]\d{0,8}$/.test(text)) return Number(text);
  throw invalidRequest('model version', [
    `version must be a whole number from 1 (got '${text}'); list them at GET /models/:name/versions`,
  ]);
}
