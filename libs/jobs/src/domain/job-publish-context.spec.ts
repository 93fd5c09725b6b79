import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { createEventMetadata } from '@loopline/messaging';
import { jobPublishContext } from './job-publish-context';

const TRACE = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('jobPublishContext', () => {
  it('makes the starting event the cause of what the job publishes, in the same trace', () => {
    const metadata = createEventMetadata(
      'ModelTrained',
      'training',
      jobPublishContext({
        correlationId: 'run-7',
        causationId: '5b0e7c4e-2d1a-4d8e-9a43-2f1f5f0c9b11',
        causedByEventType: 'FeatureSetMaterialized',
        traceparent: TRACE,
      }),
    );
    assert.equal(metadata.correlationId, 'run-7');
    assert.equal(metadata.causationId, '5b0e7c4e-2d1a-4d8e-9a43-2f1f5f0c9b11');
    assert.match(metadata.traceparent!, /^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    assert.notEqual(metadata.traceparent, TRACE);
  });

  it("keeps the correlation of a job nobody's event started, without a cause", () => {
    const metadata = createEventMetadata(
      'ModelTrained',
      'training',
      jobPublishContext({ correlationId: 'ops-1' }),
    );
    assert.equal(metadata.correlationId, 'ops-1');
    assert.equal(metadata.causationId, undefined);
    assert.match(metadata.traceparent!, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});
