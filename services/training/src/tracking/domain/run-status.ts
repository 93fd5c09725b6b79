/**
 * A tracked run's lifecycle. Queued when created; running once an attempt starts; succeeded or
 * failed when it ends. A run still `running` when a new attempt starts was interrupted (its
 * process died): it stays running, and the earlier attempt is closed as interrupted. A failed
 * run may be attempted again (a retriable failure); a succeeded run never changes.
 */
export enum RunStatus {
  Queued = 'queued',
  Running = 'running',
  Succeeded = 'succeeded',
  Failed = 'failed',
}

export const RUN_TRANSITIONS: Readonly<Record<RunStatus, readonly RunStatus[]>> = {
  [RunStatus.Queued]: [RunStatus.Running, RunStatus.Failed],
  [RunStatus.Running]: [RunStatus.Running, RunStatus.Succeeded, RunStatus.Failed],
  [RunStatus.Succeeded]: [],
  [RunStatus.Failed]: [RunStatus.Running],
};

export const RUN_STATUSES: readonly RunStatus[] = Object.values(RunStatus);

export function canMoveRun(from: RunStatus, to: RunStatus): boolean {
  return RUN_TRANSITIONS[from].includes(to);
}

/** How one attempt of a run ended; `running` while it has not. */
export enum AttemptOutcome {
  Running = 'running',
  Interrupted = 'interrupted',
  Succeeded = 'succeeded',
  Failed = 'failed',
}
