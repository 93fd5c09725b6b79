/**
 * One dependency GET /ready checks (database, object store, Kafka). `check` resolves when the
 * dependency is usable and throws (ideally a PlatformError with a code) when it is not; the
 * registry applies a timeout, so a check need not implement one.
 */
export interface ReadinessIndicator {
  /** Short, unique, kebab-case: `database`, `object-store`, `kafka`. */
  readonly name: string;
  check(): Promise<void>;
}
