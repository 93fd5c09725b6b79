import type { MonitoringPolicy } from './monitoring-policy';

/** The monitoring policy of every model: its shipped file, or the default policy. */
export abstract class MonitoringPolicies {
  abstract forModel(modelName: string): MonitoringPolicy;
  /** Models that have a policy file of their own (schedules are read from these). */
  abstract configuredModels(): readonly string[];
}
