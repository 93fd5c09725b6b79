import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

type EventLabels = 'topic' | 'event_type';

/** Handler durations span fast upserts to model training, hence buckets up to five minutes. */
const HANDLER_DURATION_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300,
];

/**
 * The service's Prometheus metrics. One instance per process owns its own Registry (never the
 * prom-client global one), so tests and several Nest apps in one process do not collide. Every
 * series carries `service=<serviceName>`; process and Node.js runtime metrics are included.
 */
@Injectable()
export class PlatformMetrics {
  readonly registry = new Registry();
  private readonly consumed: Counter<EventLabels>;
  private readonly produced: Counter<EventLabels>;
  private readonly failed: Counter<EventLabels | 'error_code'>;
  private readonly deadLettered: Counter<'topic' | 'error_code'>;
  private readonly handlerDuration: Histogram<EventLabels | 'outcome'>;

  constructor(options: { serviceName: string }) {
    this.registry.setDefaultLabels({ service: options.serviceName });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.consumed = new Counter({
      name: 'loopline_events_consumed_total',
      help: 'Events received from Kafka and handed to a handler.',
      labelNames: ['topic', 'event_type'],
      registers,
    });
    this.produced = new Counter({
      name: 'loopline_events_produced_total',
      help: 'Events acknowledged by Kafka.',
      labelNames: ['topic', 'event_type'],
      registers,
    });
    this.failed = new Counter({
      name: 'loopline_events_failed_total',
      help: 'Failed handler attempts (each retry counts), by error code.',
      labelNames: ['topic', 'event_type', 'error_code'],
      registers,
    });
    this.deadLettered = new Counter({
      name: 'loopline_events_dead_lettered_total',
      help: 'Messages sent to a dead-letter topic, by original topic and error code.',
      labelNames: ['topic', 'error_code'],
      registers,
    });
    this.handlerDuration = new Histogram({
      name: 'loopline_event_handler_duration_seconds',
      help: 'Time spent in event handlers, by outcome.',
      labelNames: ['topic', 'event_type', 'outcome'],
      buckets: HANDLER_DURATION_BUCKETS,
      registers,
    });
  }

  recordConsumed(topic: string, eventType: string): void {
    this.consumed.inc({ topic, event_type: eventType });
  }

  recordProduced(topic: string, eventType: string): void {
    this.produced.inc({ topic, event_type: eventType });
  }

  /** Call once per failed handler attempt, so retries show up as failures before a dead letter. */
  recordFailed(topic: string, eventType: string, errorCode: string): void {
    this.failed.inc({ topic, event_type: eventType, error_code: errorCode });
  }

  recordDeadLettered(topic: string, errorCode: string): void {
    this.deadLettered.inc({ topic, error_code: errorCode });
  }

  /** Starts timing one handler run; call the returned function exactly once with its outcome. */
  startHandlerTimer(topic: string, eventType: string): (outcome: 'success' | 'failure') => void {
    const end = this.handlerDuration.startTimer({ topic, event_type: eventType });
    return (outcome) => {
      end({ outcome });
    };
  }

  /** The Prometheus text exposition (content type `Registry.PROMETHEUS_CONTENT_TYPE`). */
  renderPrometheusText(): Promise<string> {
    return this.registry.metrics();
  }
}
