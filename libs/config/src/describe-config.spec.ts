import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defineConfig, describeConfig, optional, port, string, stringList } from './index';

describe('describeConfig', () => {
  it('lists variables in order with type, formatted default and doc', () => {
    const rows = describeConfig(
      defineConfig({
        BROKERS: stringList({ default: 'a:1,b:2', doc: 'Kafka brokers.' }),
        HTTP_PORT: port({ default: 3005, doc: 'HTTP port.' }),
        TOKEN: string({ secret: true, doc: 'API token.' }),
        NOTE: optional(string({ doc: 'Free text.' })),
      }),
    );
    assert.deepEqual(rows, [
      {
        name: 'BROKERS',
        type: 'comma-separated list',
        default: 'a:1,b:2',
        required: false,
        secret: false,
        doc: 'Kafka brokers.',
      },
      {
        name: 'HTTP_PORT',
        type: 'port (1-65535)',
        default: '3005',
        required: false,
        secret: false,
        doc: 'HTTP port.',
      },
      {
        name: 'TOKEN',
        type: 'string',
        default: undefined,
        required: true,
        secret: true,
        doc: 'API token.',
      },
      {
        name: 'NOTE',
        type: 'string',
        default: undefined,
        required: false,
        secret: false,
        doc: 'Free text.',
      },
    ]);
  });
});
