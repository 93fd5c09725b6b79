import { Injectable } from '@nestjs/common';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { ObservabilityErrorCode } from '../observability-error-code';
import type { ReadinessIndicator } from './readiness-indicator.interface';
import type { ReadinessCheckResult, ReadinessReport } from './readiness-report.interface';

export const DEFAULT_READINESS_TIMEOUT_MS = 2000;

/**
 * Collects the readiness indicators modules register at start-up and evaluates them for
 * GET /ready. Checks run concurrently, each bounded by a timeout, so one hung dependency cannot
 * make the probe itself time out and hide which dependency is at fault.
 */
@Injectable()
export class ReadinessRegistry {
  private readonly indicators = new Map<string, ReadinessIndicator>();
  private shuttingDown = false;
  private readonly timeoutMs: number;

  constructor(options: { checkTimeoutMs?: number } = {}) {
    this.timeoutMs = options.checkTimeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS;
  }

  /** Adds an indicator; names are unique so the report is unambiguous. */
  register(indicator: ReadinessIndicator): void {
    if (this.indicators.has(indicator.name)) {
      throw new PlatformError(
        ObservabilityErrorCode.DuplicateIndicator,
        `A readiness indicator named '${indicator.name}' is already registered; give each dependency a unique name.`,
        { kind: ErrorKind.Conflict, retriable: false, details: { name: indicator.name } },
      );
    }
    this.indicators.set(indicator.name, indicator);
  }

  /**
   * Marks the service as draining: from now on it reports not ready, so load balancers stop
   * sending traffic while in-flight work finishes. Called on SIGTERM/SIGINT.
   */
  beginShutdown(): void {
    this.shuttingDown = true;
  }

  async evaluate(): Promise<ReadinessReport> {
    const checks = await Promise.all(
      [...this.indicators.values()].map((indicator) => this.run(indicator)),
    );
    if (this.shuttingDown)
      checks.push({
        name: 'shutdown',
        ok: false,
        error: `${ObservabilityErrorCode.ShuttingDown}: the service is shutting down`,
      });
    return { ready: checks.every((check) => check.ok), checks };
  }

  private async run(indicator: ReadinessIndicator): Promise<ReadinessCheckResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PlatformError(
              ObservabilityErrorCode.ReadinessTimeout,
              `check did not finish within ${this.timeoutMs} ms`,
              {
                kind: ErrorKind.Unavailable,
              },
            ),
          ),
        this.timeoutMs,
      );
    });
    try {
      await Promise.race([indicator.check(), timeout]);
      return { name: indicator.name, ok: true };
    } catch (error) {
      return { name: indicator.name, ok: false, error: describe(error) };
    } finally {
      clearTimeout(timer);
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof PlatformError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
