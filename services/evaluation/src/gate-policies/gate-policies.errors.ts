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
