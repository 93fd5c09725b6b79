import { readShippedDocuments } from '@loopline/versioned-documents';
import { MonitoringErrorCode } from '../monitoring-error-code';
import type { MonitoringPolicy } from './monitoring-policy';
import { monitoringPolicyKind } from './monitoring-policy.kind';
import { MonitoringPolicies } from './monitoring-policies';
import { defaultMonitoringPolicy } from './parse-monitoring-policy';

/** The policies read from the service's policy folder at start-up. */
export class ShippedMonitoringPolicies extends MonitoringPolicies {
  constructor(private readonly byModel: ReadonlyMap<string, MonitoringPolicy> = new Map()) {
    super();
  }

  forModel(modelName: string): MonitoringPolicy {
    return this.byModel.get(modelName) ?? defaultMonitoringPolicy(modelName);
  }

  configuredModels(): readonly string[] {
    return [...this.byModel.keys()].sort();
  }
}

/**
 * Reads the policy files of `dir` (`<model name>.json`) once, at start-up. Every file is checked
 * before any is used: bad files stop the start with each problem named, rather than watch a
 * model under thresholds nobody meant. A missing folder ships nothing: every model gets the
 * default policy.
 */
export async function loadShippedMonitoringPolicies(
  dir: string,
  validateSchedule: (expression: string) => string | null,
): Promise<ShippedMonitoringPolicies> {
  const kind = monitoringPolicyKind(validateSchedule);
  const files = await readShippedDocuments(dir, kind, MonitoringErrorCode.InvalidPolicy);
  const byModel = new Map<string, MonitoringPolicy>();
  for (const file of files ?? []) byModel.set(file.name, kind.parse(file.json, file.name));
  return new ShippedMonitoringPolicies(byModel);
}
