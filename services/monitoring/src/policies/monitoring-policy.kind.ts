import { canonicalJsonSha256 } from '@loopline/canonical-json';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { DocumentKind } from '@loopline/versioned-documents';
import { MonitoringErrorCode } from '../monitoring-error-code';
import type { MonitoringPolicy } from './monitoring-policy';
import { parseMonitoringPolicy } from './parse-monitoring-policy';

/**
 * Monitoring policies as documents, one name per model. `parse` throws
 * MONITORING.INVALID_POLICY with every problem in `details.problems`; `validateSchedule` says
 * what is wrong with a cron expression, or null.
 */
export function monitoringPolicyKind(
  validateSchedule: (expression: string) => string | null,
): DocumentKind<MonitoringPolicy> {
  return {
    kind: 'monitoring-policy',
    label: 'monitoring policy',
    parse: (json, expectedName) => {
      const parsed = parseMonitoringPolicy(json, expectedName, validateSchedule);
      if ('policy' in parsed) return parsed.policy;
      throw new PlatformError(
        MonitoringErrorCode.InvalidPolicy,
        `Invalid monitoring policy: ${parsed.problems.map((each) => `${each.path}: ${each.message}`).join('; ')}.`,
        { kind: ErrorKind.InvalidInput, details: { problems: parsed.problems } },
      );
    },
    sha256: (policy) => canonicalJsonSha256(policy),
    nameOf: (policy) => policy.model,
  };
}
