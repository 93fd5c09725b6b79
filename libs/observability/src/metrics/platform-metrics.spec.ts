import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformMetrics } from './platform-metrics';

/** Reads one sample by exact labels from the text format, whatever order the labels come in. */
async function sample(
  metrics: PlatformMetrics,
  name: string,
  labels: Record<string, string>,
): Promise<number | undefined> {
  for (const line of (await metrics.renderPrometheusText()).split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value))
      return Number(match[3]);
  }
  return undefined;
}

describe('PlatformMetrics', () => {
  it('counts events with topic, event type and service labels', async () => {
    const metrics = new PlatformMetrics({ serviceName: 'registry' });
    metrics.recordConsumed('loopline.model-trained', 'ModelTrained');
    metrics.recordConsumed('loopline.model-trained', 'ModelTrained');
    metrics.recordProduced('loopline.model-version-registered', 'ModelVersionRegistered');
    metrics.recordFailed('loopline.model-trained', 'ModelTrained', 'REGISTRY.X');
    metrics.recordDeadLettered('loopline.model-trained', 'REGISTRY.X');
    const topic = 'loopline.model-trained';
    const service = 'registry';
    assert.equal(
      await sample(metrics, 'loopline_events_consumed_total', {
        service,
        topic,
        event_type: 'ModelTrained',
      }),
      2,
    );
    assert.equal(
      await sample(metrics, 'loopline_events_produced_total', {
        service,
        event_type: 'ModelVersionRegistered',
      }),
      1,
    );
    assert.equal(
      await sample(metrics, 'loopline_events_failed_total', {
        service,
        topic,
        error_code: 'REGISTRY.X',
      }),
      1,
    );
    assert.equal(
      await sample(metrics, 'loopline_events_dead_lettered_total', {
        service,
        topic,
        error_code: 'REGISTRY.X',
      }),
      1,
    );
    assert.match(
      await metrics.renderPrometheusText(),
      /process_cpu_user_seconds_total\{service="registry"\}/,
    );
  });

  it('times handlers by outcome', async () => {
    const metrics = new PlatformMetrics({ serviceName: 'training' });
    metrics.startHandlerTimer('t', 'E')('success');
    metrics.startHandlerTimer('t', 'E')('failure');
    metrics.startHandlerTimer('t', 'E')('failure');
    const count = 'loopline_event_handler_duration_seconds_count';
    const labels = { service: 'training', topic: 't', event_type: 'E' };
    assert.equal(await sample(metrics, count, { ...labels, outcome: 'success' }), 1);
    assert.equal(await sample(metrics, count, { ...labels, outcome: 'failure' }), 2);
  });

  it('keeps instances independent (no shared global registry)', async () => {
    const first = new PlatformMetrics({ serviceName: 'a' });
    const second = new PlatformMetrics({ serviceName: 'b' });
    first.recordConsumed('t', 'E');
    assert.doesNotMatch(await second.renderPrometheusText(), /loopline_events_consumed_total\{/);
  });
});
