import { ErrorKind, PlatformError } from '@loopline/errors';

/** A value JSON (and so a Postgres jsonb column) holds exactly. */
export type AuditJson =
  null | boolean | number | string | AuditJson[] | { [key: string]: AuditJson };

/**
 * The key that marks a tagged value in audit JSON. A payload object that has this key itself is
 * wrapped (`{"$type":"object",...}`), so a tag is never confused with data.
 */
export const AUDIT_JSON_TAG = '$type';

/** The floats JSON has no literal for (or, for -0, loses the sign of), by their tag value. */
const TAGGED_FLOATS = new Map<string, number>([
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['-0', -0],
]);

/** A lone UTF-16 surrogate: not text, and jsonb refuses it. Avro-decoded strings never have one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Audit JSON: how the audit log stores an event payload in jsonb, losslessly and unambiguously.
 * Everything JSON holds is stored as plain JSON, unchanged (so an ordinary payload is stored, and
 * hashed, exactly as before this encoding existed). What JSON or jsonb cannot hold is stored as
 * a tagged object:
 *
 * | value                                   | stored as                                           |
 * | --------------------------------------- | --------------------------------------------------- |
 * | NaN, Infinity, -Infinity, -0 (float)    | `{"$type":"float","value":"NaN"}` (`"Infinity"`, `"-Infinity"`, `"-0"`) |
 * | string containing U+0000                | `{"$type":"string","base64":"<UTF-8 bytes>"}`       |
 * | bytes / fixed (Buffer)                  | `{"$type":"bytes","base64":"<bytes>"}`              |
 * | object with a `$type` key               | `{"$type":"object","value":{...members, encoded}}`  |
 * | object with a key containing U+0000     | `{"$type":"object","entries":[[key, value], ...]}`  |
 *
 * Members and items are encoded recursively; `entries` keys are encoded like strings. Any other
 * object with a `$type` key is not valid audit JSON. Throws REGISTRY.UNAUDITABLE_VALUE for what
 * an Avro decoder never produces (undefined, functions, bigint, Dates, lone surrogates).
 */
export function encodeAuditJson(value: unknown, path = 'payload'): AuditJson {
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value) && !Object.is(value, -0)) return value;
      return { [AUDIT_JSON_TAG]: 'float', value: Object.is(value, -0) ? '-0' : String(value) };
    case 'string':
      return encodeString(value, path);
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value))
        return value.map((item, index) => encodeAuditJson(item, `${path}[${index}]`));
      if (value instanceof Uint8Array) {
        return { [AUDIT_JSON_TAG]: 'bytes', base64: Buffer.from(value).toString('base64') };
      }
      if (Object.prototype.toString.call(value) === '[object Object]') {
        return encodeObject(value as Record<string, unknown>, path);
      }
  }
  throw unauditable(path, `a ${describe(value)} has no audit JSON form`);
}

function encodeString(value: string, path: string): AuditJson {
  if (LONE_SURROGATE.test(value)) throw unauditable(path, 'the string has a lone UTF-16 surrogate');
  if (!value.includes('\u0000')) return value;
  return { [AUDIT_JSON_TAG]: 'string', base64: Buffer.from(value, 'utf8').toString('base64') };
}

function encodeObject(value: Record<string, unknown>, path: string): AuditJson {
  const keys = Object.keys(value);
  const member = (key: string) => encodeAuditJson(value[key], `${path}.${key}`);
  if (keys.some((key) => key.includes('\u0000'))) {
    return {
      [AUDIT_JSON_TAG]: 'object',
      entries: keys.map((key) => [encodeString(key, `${path} key`), member(key)]),
    };
  }
  const members: { [key: string]: AuditJson } = {};
  for (const key of keys) members[key] = member(key);
  return keys.includes(AUDIT_JSON_TAG) ? { [AUDIT_JSON_TAG]: 'object', value: members } : members;
}

/** The inverse of `encodeAuditJson`: the payload as the audited event carried it. */
export function decodeAuditJson(stored: unknown, path = 'payload'): unknown {
  if (stored === null || typeof stored !== 'object') return stored;
  if (Array.isArray(stored))
    return stored.map((item, index) => decodeAuditJson(item, `${path}[${index}]`));
  const object = stored as Record<string, unknown>;
  if (!(AUDIT_JSON_TAG in object)) return decodeMembers(object, path);
  const tagged = (shape: string[]): boolean =>
    Object.keys(object).length === shape.length + 1 && shape.every((key) => key in object);
  const tag = object[AUDIT_JSON_TAG];
  if (tag === 'float' && tagged(['value']) && TAGGED_FLOATS.has(object.value as string)) {
    return TAGGED_FLOATS.get(object.value as string);
  }
  if (tag === 'string' && tagged(['base64']) && typeof object.base64 === 'string') {
    return Buffer.from(object.base64, 'base64').toString('utf8');
  }
  if (tag === 'bytes' && tagged(['base64']) && typeof object.base64 === 'string') {
    return Buffer.from(object.base64, 'base64');
  }
  if (tag === 'object' && tagged(['value']) && isPlainObject(object.value)) {
    return decodeMembers(object.value, `${path}.value`);
  }
  if (tag === 'object' && tagged(['entries']) && Array.isArray(object.entries)) {
    return decodeEntries(object.entries, path);
  }
  throw malformed(path, `an object with "${AUDIT_JSON_TAG}" must be one of the tagged forms`);
}

function decodeMembers(object: Record<string, unknown>, path: string): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object))
    decoded[key] = decodeAuditJson(item, `${path}.${key}`);
  return decoded;
}

function decodeEntries(entries: unknown[], path: string): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  entries.forEach((entry, index) => {
    const pair = Array.isArray(entry) && entry.length === 2 ? entry : undefined;
    const key = pair && decodeAuditJson(pair[0]);
    if (typeof key !== 'string')
      throw malformed(`${path}.entries[${index}]`, 'each entry is [key, value]');
    decoded[key] = decodeAuditJson(pair![1], `${path}.${key}`);
  });
  return decoded;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === undefined
    ? 'undefined value'
    : `${Object.prototype.toString.call(value).slice(8, -1)} value`;

function unauditable(path: string, why: string): PlatformError {
  return new PlatformError(
    'REGISTRY.UNAUDITABLE_VALUE',
    `Cannot audit ${path}: ${why}. Payloads come from the Avro decoder, which never produces this; ` +
      'the event is dead-lettered for a look at the producer and the codec.',
    { kind: ErrorKind.InvalidInput, details: { path } },
  );
}

function malformed(path: string, why: string): PlatformError {
  return new PlatformError(
    'REGISTRY.MALFORMED_AUDIT_JSON',
    `Stored audit JSON at ${path} is malformed: ${why}. The registry never writes this; the row was changed outside it.`,
    { kind: ErrorKind.Internal, retriable: false, details: { path } },
  );
}
