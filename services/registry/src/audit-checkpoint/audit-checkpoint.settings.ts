/** What the audit checkpoints need from the registry's config. */
export interface AuditCheckpointSettings {
  /** Which chain: the registry's Postgres schema (DATABASE_SCHEMA). */
  chainId: string;
  /** AUDIT_CHECKPOINT_INTERVAL_MS. */
  intervalMs: number;
}

export const AUDIT_CHECKPOINT_SETTINGS = Symbol('REGISTRY_AUDIT_CHECKPOINT_SETTINGS');
