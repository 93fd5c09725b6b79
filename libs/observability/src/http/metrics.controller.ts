import { OpenEndpoint } from '@loopline/access-control';
import { Controller, Get, Header } from '@nestjs/common';
import { Registry } from 'prom-client';
import { PlatformMetrics } from '../metrics/platform-metrics';

/** Prometheus scrape endpoint. */
@OpenEndpoint()
@Controller()
export class MetricsController {
  constructor(private readonly metrics: PlatformMetrics) {}

  @Get('metrics')
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  render(): Promise<string> {
    return this.metrics.renderPrometheusText();
  }
}
