import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { TrackingErrorCode } from '../tracking-error-code';
import { MAX_ORDER_KEYS, parseRunOrder } from './run-order.parser';

const keys = (orderBy: string) =>
  parseRunOrder(orderBy).map(({ field, descending }) => [field.entity, field.key, descending]);

describe('parseRunOrder', () => {
  it('defaults to the newest runs first', () => {
    assert.deepEqual(keys(''), [['attributes', 'created_at', true]]);
  });

  it('reads several keys, ascending unless DESC, bare names as attributes', () => {
    assert.deepEqual(keys('metrics.test_roc_auc DESC, params.`batch size` asc, start_time'), [
      ['metrics', 'test_roc_auc', true],
      ['params', 'batch size', false],
      ['attributes', 'started_at', false],
    ]);
  });

  it('refuses what it cannot read, saying where', () => {
    const refused = (orderBy: string) =>
      assert.throws(
        () => parseRunOrder(orderBy),
        (error: unknown) =>
          error instanceof PlatformError &&
          error.code === TrackingErrorCode.InvalidOrderBy &&
          typeof error.details.position === 'number',
        orderBy,
      );
    refused('metrics.auc DOWN');
    refused('metrics.auc DESC metrics.loss');
    refused('colour');
    refused('metrics.auc,');
    refused(Array.from({ length: MAX_ORDER_KEYS + 1 }, (_, i) => `metrics.m${i}`).join(', '));
  });
});
