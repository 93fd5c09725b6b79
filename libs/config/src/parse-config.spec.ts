import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import {
  ConfigErrorCode,
  ConfigProblem,
  defineConfig,
  optional,
  parseConfig,
  PLATFORM_CONFIG_DEFINITION,
} from './index';
import { boolean, integer, oneOf, port, string, stringList, url } from './variable-types';

const definition = defineConfig({
  BROKERS: stringList({
    default: '127.0.0.1:9092',
    itemPattern: /^[^:]+:\d+$/,
    itemDoc: 'host:port',
    doc: 'brokers',
  }),
  HTTP_PORT: port({ default: 3001, doc: 'port' }),
  DATABASE_URL: url({ protocols: ['postgres:'], secret: true, doc: 'db' }),
  LEVEL: oneOf(['info', 'debug'], { default: 'info', doc: 'level' }),
  VERBOSE: boolean({ default: false, doc: 'verbose' }),
  NOTE: optional(string({ doc: 'note' })),
  RETRIES: integer({ default: 3, min: 0, max: 10, doc: 'retries' }),
});

function problemsOf(run: () => unknown): ConfigProblem[] {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, ConfigErrorCode.Invalid);
    assert.equal(error.retriable, false);
    return error.details['problems'] as ConfigProblem[];
  }
  assert.fail('expected CONFIG.INVALID');
}

describe('parseConfig', () => {
  it('applies defaults and parses typed values', () => {
    const config = parseConfig(definition, {
      DATABASE_URL: 'postgres://u:p@h:5432/db',
      BROKERS: ' a:1, b:2 ',
      HTTP_PORT: '8080',
      VERBOSE: 'YES',
    });
    assert.deepEqual(config.BROKERS, ['a:1', 'b:2']);
    assert.equal(config.HTTP_PORT, 8080);
    assert.equal(config.LEVEL, 'info');
    assert.equal(config.VERBOSE, true);
    assert.equal(config.NOTE, undefined);
    assert.equal(config.RETRIES, 3);
  });

  it('treats blank values as unset so the default applies', () => {
    const config = parseConfig(definition, { DATABASE_URL: 'postgres://h/db', HTTP_PORT: '  ' });
    assert.equal(config.HTTP_PORT, 3001);
  });

  it('collects every problem into one error, redacting secrets', () => {
    const problems = problemsOf(() =>
      parseConfig(definition, {
        HTTP_PORT: '70000',
        LEVEL: 'loud',
        BROKERS: 'a:1,,b',
        RETRIES: '2.5',
      }),
    );
    assert.deepEqual(
      problems.map((problem) => [problem.variable, problem.code]),
      [
        ['BROKERS', ConfigErrorCode.InvalidVariable],
        ['HTTP_PORT', ConfigErrorCode.InvalidVariable],
        ['DATABASE_URL', ConfigErrorCode.MissingVariable],
        ['LEVEL', ConfigErrorCode.InvalidVariable],
        ['RETRIES', ConfigErrorCode.InvalidVariable],
      ],
    );
    assert.equal(problems.find((problem) => problem.variable === 'HTTP_PORT')?.value, '70000');

    const secret = problemsOf(() =>
      parseConfig(definition, { DATABASE_URL: 'mysql://user:hunter2@h/db' }),
    );
    assert.equal(secret[0]?.value, '<redacted>');
  });

  it('names each bad variable, its value and the expectation in the message', () => {
    try {
      parseConfig(definition, { DATABASE_URL: 'postgres://h/db', HTTP_PORT: 'abc', DEBUG: 'x' });
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(error instanceof PlatformError);
      assert.match(
        error.message,
        /HTTP_PORT='abc': must be a whole number in \[1, 65535\] \(port\)/,
      );
      assert.match(error.message, /1 problem/);
    }
  });

  it('rejects malformed items of lists and URLs with the wrong scheme', () => {
    const problems = problemsOf(() =>
      parseConfig(definition, { BROKERS: 'localhost', DATABASE_URL: 'not a url' }),
    );
    assert.deepEqual(
      problems.map((problem) => problem.variable),
      ['BROKERS', 'DATABASE_URL'],
    );
  });
});

describe('PLATFORM_CONFIG_DEFINITION', () => {
  it('starts against the local stack with an empty environment', () => {
    const config = parseConfig(PLATFORM_CONFIG_DEFINITION, {});
    assert.deepEqual(config.KAFKA_BROKERS, ['127.0.0.1:9092']);
    assert.equal(config.DATABASE_URL, 'postgres://loopline:loopline@127.0.0.1:5432/loopline');
    assert.equal(config.MINIO_ENDPOINT, 'http://127.0.0.1:9000');
    assert.equal(config.LOG_LEVEL, 'info');
  });
});

describe('defineConfig', () => {
  it('refuses badly named or undocumented variables', () => {
    assert.throws(
      () => defineConfig({ httpPort: port({ default: 1, doc: '' }) }),
      (error: unknown) =>
        error instanceof PlatformError && error.code === ConfigErrorCode.InvalidDefinition,
    );
  });
});
