import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ErrorKind } from './error-kind';
import { isInfrastructureOutage } from './infrastructure-outage';
import { INFRASTRUCTURE_UNAVAILABLE_CODE, isOutage, toPlatformError } from './platform-error';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isInfrastructureOutage', () => {
  it('recognises sockets, PostgreSQL states, kafkajs and object-store outages', () => {
    for (const error of [
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('08006'),
      withCode('55P03', 'lock timeout'),
      withCode('40P01', 'deadlock detected'),
      withCode('SlowDown'),
      Object.assign(new Error('broker down'), { name: 'KafkaJSConnectionError' }),
      Object.assign(new Error('not leader'), { name: 'KafkaJSProtocolError', retriable: true }),
      new Error('Connection terminated unexpectedly'),
    ]) {
      assert.equal(isInfrastructureOutage(error), true, (error as Error).message);
    }
  });

  it('looks through TypeORM driver errors and causes', () => {
    const queryFailed = Object.assign(new Error('query failed'), {
      driverError: withCode('57P03'),
    });
    assert.equal(isInfrastructureOutage(queryFailed), true);
    assert.equal(
      isInfrastructureOutage(new Error('wrapped', { cause: withCode('ECONNRESET') })),
      true,
    );
  });

  it('leaves bugs and bad data alone', () => {
    for (const error of [
      new TypeError('x is undefined'),
      withCode('23505', 'duplicate key value violates unique constraint'),
      withCode('22P02', 'invalid input syntax'),
      withCode('NoSuchKey'),
      Object.assign(new Error('bad request'), { name: 'KafkaJSProtocolError', retriable: false }),
      'a string',
      null,
    ]) {
      assert.equal(isInfrastructureOutage(error), false, String(error));
    }
  });

  it('makes toPlatformError classify an outage as Unavailable', () => {
    const outage = toPlatformError(withCode('ECONNREFUSED'));
    assert.equal(outage.code, INFRASTRUCTURE_UNAVAILABLE_CODE);
    assert.equal(outage.kind, ErrorKind.Unavailable);
    assert.equal(isOutage(outage), true);
    assert.equal(isOutage(toPlatformError(new TypeError('bug'))), false);
  });
});
