/** Options of `ObservabilityModule.forRoot`. */
export interface ObservabilityOptions {
  /** Kebab-case service name; becomes the `service` label of every metric. */
  serviceName: string;
  /** Per-check budget of GET /ready; a check slower than this counts as not ready. Default 2000. */
  readinessTimeoutMs?: number;
}

/** Injection token of the resolved `ObservabilityOptions`. */
export const OBSERVABILITY_OPTIONS = Symbol('LOOPLINE_OBSERVABILITY_OPTIONS');
