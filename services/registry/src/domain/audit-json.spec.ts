import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { canonicalJson } from './audit-chain';
import { decodeAuditJson, encodeAuditJson } from './audit-json';

const samplesDir = join(
  dirname(require.resolve('@loopline/contracts/package.json')),
  'fixtures',
  'samples',
);

/** What the appender stored before audit JSON existed. */
const jsonRoundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Stored and read back: JSON text is all a jsonb column keeps (audit-json.int-spec uses the real one). */
const storeAndRead = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('audit JSON', () => {
  it('stores every ordinary payload exactly as before, so existing hash chains stay valid', () => {
    const samples = readdirSync(samplesDir).filter((file) => file.endsWith('.json'));
    assert.ok(samples.length > 20);
    for (const file of samples) {
      const payload = JSON.parse(readFileSync(join(samplesDir, file), 'utf8'));
      assert.equal(
        canonicalJson(encodeAuditJson(payload)),
        canonicalJson(jsonRoundTrip(payload)),
        file,
      );
      assert.deepEqual(decodeAuditJson(storeAndRead(encodeAuditJson(payload))), payload, file);
    }
  });

  it('keeps NaN, the infinities and -0 as tagged floats', () => {
    const payload = { a: NaN, b: Infinity, c: -Infinity, d: -0, e: 0, f: [1.5, NaN] };
    const stored = storeAndRead(encodeAuditJson(payload));
    assert.deepEqual(stored, {
      a: { $type: 'float', value: 'NaN' },
      b: { $type: 'float', value: 'Infinity' },
      c: { $type: 'float', value: '-Infinity' },
      d: { $type: 'float', value: '-0' },
      e: 0,
      f: [1.5, { $type: 'float', value: 'NaN' }],
    });
    const decoded = decodeAuditJson(stored) as typeof payload;
    assert.ok(Number.isNaN(decoded.a) && Number.isNaN(decoded.f[1]));
    assert.equal(decoded.b, Infinity);
    assert.equal(decoded.c, -Infinity);
    assert.ok(Object.is(decoded.d, -0));
    assert.ok(Object.is(decoded.e, 0));
  });

  it('stores strings with NUL as base64 of their UTF-8 bytes and other control characters as is', () => {
    const payload = { nul: 'a\u0000b é 😀', bell: 'a\u0007b' };
    const stored = storeAndRead(encodeAuditJson(payload));
    assert.deepEqual(stored, {
      nul: { $type: 'string', base64: Buffer.from('a\u0000b é 😀').toString('base64') },
      bell: 'a\u0007b',
    });
    assert.ok(!JSON.stringify(stored).includes('\\u0000'), 'jsonb refuses \\u0000');
    assert.deepEqual(decodeAuditJson(stored), payload);
  });

  it('stores bytes as base64 and gives a Buffer back', () => {
    const stored = storeAndRead(encodeAuditJson({ digest: Buffer.from([0, 1, 254, 255]) }));
    assert.deepEqual(stored, { digest: { $type: 'bytes', base64: 'AAH+/w==' } });
    assert.deepEqual(decodeAuditJson(stored), { digest: Buffer.from([0, 1, 254, 255]) });
  });

  it('wraps a payload object that has a $type key itself, at any depth, so it never reads as a tag', () => {
    const payload = {
      labels: { $type: 'float', value: 'NaN' },
      nested: [{ $type: { $type: 'x' } }],
    };
    const stored = storeAndRead(encodeAuditJson(payload));
    assert.deepEqual(stored, {
      labels: { $type: 'object', value: { $type: 'float', value: 'NaN' } },
      nested: [
        {
          $type: 'object',
          value: { $type: { $type: 'object', value: { $type: 'x' } } },
        },
      ],
    });
    assert.deepEqual(decodeAuditJson(stored), payload);
  });

  it('stores a map whose keys contain NUL as entries', () => {
    const payload = { tags: { 'a\u0000b': 1, plain: NaN } };
    const stored = storeAndRead(encodeAuditJson(payload));
    assert.deepEqual(stored, {
      tags: {
        $type: 'object',
        entries: [
          [{ $type: 'string', base64: Buffer.from('a\u0000b').toString('base64') }, 1],
          ['plain', { $type: 'float', value: 'NaN' }],
        ],
      },
    });
    const decoded = decodeAuditJson(stored) as { tags: Record<string, number> };
    assert.equal(decoded.tags['a\u0000b'], 1);
    assert.ok(Number.isNaN(decoded.tags.plain));
  });

  it('hashes what is stored: the canonical JSON of an encoded payload survives jsonb unchanged', () => {
    const encoded = encodeAuditJson({
      z: NaN,
      a: 'x\u0000',
      m: Buffer.from('hi'),
      k: { $type: 1 },
    });
    assert.equal(canonicalJson(storeAndRead(encoded)), canonicalJson(encoded));
  });

  it('refuses values the Avro decoder never produces instead of dropping them', () => {
    for (const [value, path] of [
      [{ a: undefined }, 'payload.a'],
      [{ a: [1, () => 1] }, 'payload.a[1]'],
      [{ when: new Date(0) }, 'payload.when'],
      [{ big: 1n }, 'payload.big'],
      [{ text: 'a\uD800b' }, 'payload.text'],
    ] as const) {
      assert.throws(
        () => encodeAuditJson(value),
        (error: unknown) =>
          error instanceof PlatformError &&
          error.code === 'REGISTRY.UNAUDITABLE_VALUE' &&
          error.details.path === path,
      );
    }
  });

  it('refuses stored objects with a $type that is none of the tagged forms', () => {
    for (const stored of [
      { $type: 'float', value: '1.5' },
      { $type: 'string', base64: 'AA==', extra: 1 },
      { $type: 'object', value: [1] },
      { $type: 'object', entries: [['only-key']] },
      { $type: 'date', value: '2026-01-01' },
    ]) {
      assert.throws(
        () => decodeAuditJson({ field: stored }),
        (error: unknown) =>
          error instanceof PlatformError && error.code === 'REGISTRY.MALFORMED_AUDIT_JSON',
        JSON.stringify(stored),
      );
    }
  });
});
