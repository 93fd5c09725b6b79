import { ErrorKind, PlatformError } from '@loopline/errors';

/** Stable codes of the gate-policies slice, beyond the library's EVALUATION.INVALID_GATE_POLICY. */
export const GatePoliciesErrorCode = {
  NotFound: 'EVALUATION.GATE_POLICY_NOT_FOUND',
  InvalidQuery: 'EVALUATION.INVALID_GATE_POLICY_QUERY',
  /** A shipped policy file cannot be registered; the service does not start. */
  InvalidShippedPolicy: 'EVALUATION.INVALID_SHIPPED_GATE_POLICY',
} as const;

export function policyNotFound(message: string): PlatformError {
  return new PlatformError(GatePoliciesErrorCode.NotFound, message, { kind: ErrorKind.NotFound });
}

/** `?version=N`: absent for the newest, else a whole number from 1. */
export function parseVersionQuery(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  if (/^[1-9]\d{0,9}$/.test(text)) return Number(text);
  throw new PlatformError(
    GatePoliciesErrorCode.InvalidQuery,
    `version must be a whole number from 1 (got '${text}'); leave it out for the newest version.`,
    { kind: ErrorKind.InvalidInput, details: { version: text } },
  );
}
