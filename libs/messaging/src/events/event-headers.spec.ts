import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { EventHeader } from '@loopline/contracts';
import { PlatformError } from '@loopline/errors';
import { createEventMetadata } from './event-metadata.factory';
import { headersToMetadata, metadataToHeaders } from './event-headers';

describe('event headers', () => {
  it('round-trip the envelope metadata', () => {
    const metadata = createEventMetadata('ModelTrained', 'training', { correlationId: 'c-1' });
    assert.deepEqual(headersToMetadata(metadataToHeaders(metadata)), metadata);
  });

  it('name every missing required header at once', () => {
    const headers = metadataToHeaders(createEventMetadata('ModelTrained', 'training'));
    delete headers[EventHeader.EventId];
    delete headers[EventHeader.Producer];
    assert.throws(
      () => headersToMetadata(headers),
      (error: unknown) =>
        error instanceof PlatformError &&
        error.code === 'MESSAGING.MISSING_HEADER' &&
        (error.details.missing as string[]).join() ===
          [EventHeader.EventId, EventHeader.Producer].join(),
    );
  });

  it('keep lineage: a caused event inherits correlation and points at its cause', () => {
    const cause = createEventMetadata('ModelTrained', 'training', { correlationId: 'run-7' });
    const effect = createEventMetadata('ModelGatePassed', 'evaluation', {
      causedBy: {
        name: 'ModelTrained',
        key: 'm',
        payload: {} as never,
        metadata: cause,
      },
    });
    assert.equal(effect.correlationId, 'run-7');
    assert.equal(effect.causationId, cause.eventId);
    assert.equal(effect.traceparent?.split('-')[1], cause.traceparent?.split('-')[1], 'same trace');
    assert.notEqual(effect.traceparent, cause.traceparent, 'new span');
  });
});
