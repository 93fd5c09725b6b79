import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parsePrometheusText } from './prometheus-text.parser';

const VALID = [
  '# HELP http_requests_total Requests.',
  '# TYPE http_requests_total counter',
  'http_requests_total{method="post",code="200"} 1027 1395066363000',
  'http_requests_total{method="post",code="400"} 3',
  '# TYPE latency_seconds histogram',
  'latency_seconds_bucket{le="0.1"} 2',
  'latency_seconds_bucket{le="+Inf"} 3',
  'latency_seconds_sum 0.42',
  'latency_seconds_count 3',
  '# a free comment',
  '# TYPE up gauge',
  'up{path="C:\\\\dir\\"x\\""} NaN',
  '',
].join('\n');

describe('parsePrometheusText', () => {
  it('reads families, labels (with escapes) and values', () => {
    const families = parsePrometheusText(VALID);
    assert.equal(families.get('http_requests_total')?.samples.length, 2);
    assert.equal(families.get('latency_seconds')?.samples.length, 4);
    assert.equal(families.get('latency_seconds')?.samples[1].labels.le, '+Inf');
    assert.equal(families.get('up')?.samples[0].labels.path, 'C:\\\\dir\\"x\\"');
  });

  for (const [why, text] of [
    ['free text', 'garbage line here'],
    ['unterminated label', '# TYPE a counter\na{b="c} 1'],
    ['bad value', '# TYPE a counter\na 1,5'],
    ['undeclared family', '# TYPE a counter\nb 1'],
    ['unknown type', '# TYPE a countr'],
    ['repeated label', '# TYPE a gauge\na{x="1",x="2"} 1'],
    ['histogram without suffix', '# TYPE h histogram\nh 1'],
  ]) {
    it(`rejects ${why}`, () =>
      assert.throws(() => parsePrometheusText(text), /not valid Prometheus text/));
  }
});
