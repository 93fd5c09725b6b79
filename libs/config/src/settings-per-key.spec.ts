import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { ConfigErrorCode } from './config-error-code';
import { parseConfig } from './parse-config';
import { PLATFORM_CONFIG_DEFINITION } from './platform-config.definition';
import { settingsPerKey } from './settings-per-key';

const overrides = settingsPerKey({
  doc: 'per-topic settings',
  default: {},
  keyDoc: 'topic',
  keyPattern: /^[a-zA-Z0-9._-]{1,249}$/,
  settings: { partitions: { min: 1 }, 'retention.ms': { min: -1 } },
  example: 'loopline.a=partitions:12,retention.ms:604800000',
});

function problemOf(raw: string): string {
  const result = overrides.parse(raw);
  assert.ok('problem' in result, `expected '${raw}' to be refused`);
  return result.problem;
}

describe('settingsPerKey', () => {
  it('parses several keys with several settings, ignoring spaces and a trailing separator', () => {
    assert.deepEqual(
      overrides.parse(
        ' loopline.a = partitions:12 , retention.ms: -1 ; loopline.dlq.x=partitions:1;',
      ),
      {
        value: {
          'loopline.a': { partitions: 12, 'retention.ms': -1 },
          'loopline.dlq.x': { partitions: 1 },
        },
      },
    );
  });

  it('writes a value back in the syntax it reads', () => {
    const value = { 'loopline.a': { partitions: 12, 'retention.ms': 604800000 } };
    assert.equal(overrides.format(value), 'loopline.a=partitions:12,retention.ms:604800000');
    assert.deepEqual(overrides.parse(overrides.format(value)), { value });
    assert.equal(overrides.format({}), '');
  });

  it('says what is wrong, which settings exist and how to write it', () => {
    const problem = problemOf('loopline.a=partitions=12');
    assert.match(problem, /'loopline\.a': 'partitions=12' must be written setting:integer/);
    assert.match(problem, /with settings partitions, retention\.ms/);
    assert.match(problem, /e\.g\. loopline\.a=partitions:12,retention\.ms:604800000$/);
  });

  it('names every problem of every entry in one message', () => {
    const problem = problemOf(
      'loopline.a=retention:5,partitions:0;partitions:3;bad name=partitions:1;loopline.b=;' +
        'loopline.c=partitions:x,partitions:2,partitions:3;loopline.c=partitions:4',
    );
    for (const expected of [
      /'loopline\.a': unknown setting 'retention' \(known: partitions, retention\.ms\)/,
      /'loopline\.a': partitions must be >= 1 \(got '0'\)/,
      /entry 'partitions:3' has no '=' between the topic and its settings/,
      /'bad name' is not a valid topic name/,
      /'loopline\.b' sets nothing/,
      /'loopline\.c': partitions must be a whole number >= 1 \(got 'x'\)/,
      /'loopline\.c': partitions is set twice/,
      /'loopline\.c' is listed twice; merge its settings into one entry/,
    ])
      assert.match(problem, expected);
  });

  it('describes its syntax in the type shown by config tables', () => {
    assert.equal(
      overrides.type,
      'per-topic settings: topic=setting:integer[,setting:integer...][;topic=...] ' +
        '(settings: partitions, retention.ms)',
    );
  });
});

describe('KAFKA_TOPIC_OVERRIDES', () => {
  it('defaults to no overrides and accepts the example its errors quote', () => {
    const config = parseConfig(PLATFORM_CONFIG_DEFINITION, {});
    assert.deepEqual(config.KAFKA_TOPIC_OVERRIDES, {});
    const example = parseConfig(PLATFORM_CONFIG_DEFINITION, {
      KAFKA_TOPIC_OVERRIDES: 'loopline.dlq.monitoring=partitions:1,retention.ms:604800000',
    });
    assert.deepEqual(example.KAFKA_TOPIC_OVERRIDES, {
      'loopline.dlq.monitoring': { partitions: 1, 'retention.ms': 604800000 },
    });
  });

  it('stops start-up with CONFIG.INVALID naming the variable and the fix', () => {
    assert.throws(
      () => parseConfig(PLATFORM_CONFIG_DEFINITION, { KAFKA_TOPIC_OVERRIDES: 'loopline.x=rf:3' }),
      (error: unknown) =>
        error instanceof PlatformError &&
        error.code === ConfigErrorCode.Invalid &&
        /KAFKA_TOPIC_OVERRIDES='loopline\.x=rf:3': 'loopline\.x': unknown setting 'rf' \(known: partitions, replication\.factor, min\.insync\.replicas, retention\.ms\)/.test(
          error.message,
        ),
    );
  });
});
