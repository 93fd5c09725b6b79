/** Outcome of one readiness check; `error` is `CODE: message` when it failed. */
export interface ReadinessCheckResult {
  name: string;
  ok: boolean;
  error?: string;
}

/** Body of GET /ready; `ready` is true only when every check passed. */
export interface ReadinessReport {
  ready: boolean;
  checks: ReadinessCheckResult[];
}
