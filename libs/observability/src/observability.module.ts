import { DynamicModule, Global, Module } from '@nestjs/common';
import { HealthController } from './http/health.controller';
import { MetricsController } from './http/metrics.controller';
import { PlatformMetrics } from './metrics/platform-metrics';
import { OBSERVABILITY_OPTIONS, ObservabilityOptions } from './observability-options.interface';
import { ReadinessRegistry } from './readiness/readiness.registry';

/**
 * Metrics, readiness and the /health, /ready, /metrics endpoints. Global, so any module can
 * inject `PlatformMetrics` or register a `ReadinessIndicator` without importing it again.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: OBSERVABILITY_OPTIONS, useValue: options },
        { provide: PlatformMetrics, useFactory: () => new PlatformMetrics(options) },
        {
          provide: ReadinessRegistry,
          useFactory: () => new ReadinessRegistry({ checkTimeoutMs: options.readinessTimeoutMs }),
        },
      ],
      exports: [OBSERVABILITY_OPTIONS, PlatformMetrics, ReadinessRegistry],
    };
  }
}
