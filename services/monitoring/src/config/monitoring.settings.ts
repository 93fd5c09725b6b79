import type { MonitoringConfig } from './monitoring.config';

/** What the monitoring slices need from the service's config, as one injectable value. */
export interface MonitoringSettings {
  bucket: string;
  databaseSchema: string;
  instanceId: string;
  policiesDir: string;
  tickIntervalMs: number;
  windowGraceMs: number;
  jobLeaseMs: number;
}

export const MONITORING_SETTINGS = Symbol('MONITORING_SETTINGS');

export function monitoringSettings(config: MonitoringConfig): MonitoringSettings {
  return {
    bucket: config.ARTIFACTS_BUCKET,
    databaseSchema: config.DATABASE_SCHEMA,
    instanceId: config.MONITORING_INSTANCE_ID,
    policiesDir: config.MONITORING_POLICIES_DIR,
    tickIntervalMs: config.MONITORING_TICK_INTERVAL_MS,
    windowGraceMs: config.MONITORING_WINDOW_GRACE_MS,
    jobLeaseMs: config.MONITORING_JOB_LEASE_MS,
  };
}
