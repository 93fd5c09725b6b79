import { OpenEndpoint } from '@loopline/access-control';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { OBSERVABILITY_OPTIONS, ObservabilityOptions } from '../observability-options.interface';
import { ReadinessRegistry } from '../readiness/readiness.registry';
import type { ReadinessReport } from '../readiness/readiness-report.interface';

/** The part of a response object the readiness probe needs (Express and Fastify both have it). */
interface StatusSettable {
  status(code: number): unknown;
}

/** Body of GET /health. */
export interface LivenessReport {
  status: 'ok';
  service: string;
  uptimeSeconds: number;
}

/**
 * Liveness and readiness probes. Liveness never touches dependencies: a database outage should
 * take the service out of rotation (readiness), not get it restarted in a loop (liveness).
 */
@OpenEndpoint()
@Controller()
export class HealthController {
  constructor(
    @Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions,
    private readonly readiness: ReadinessRegistry,
  ) {}

  @Get('health')
  health(): LivenessReport {
    return {
      status: 'ok',
      service: this.options.serviceName,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  /** 200 when every dependency check passed, 503 otherwise; the body says which failed. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: StatusSettable): Promise<ReadinessReport> {
    const report = await this.readiness.evaluate();
    response.status(report.ready ? 200 : 503);
    return report;
  }
}
