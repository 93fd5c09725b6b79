import type { ParseResult, VariableSpec } from './variable-spec';

/** Options every variable type accepts. */
export interface VariableOptions<T> {
  doc: string;
  default?: T;
  secret?: boolean;
}

interface SpecParts<T> {
  type: string;
  parse(raw: string): ParseResult<T>;
  format?(value: T): string;
}

function spec<T>(options: VariableOptions<T>, parts: SpecParts<T>): VariableSpec<T> {
  return Object.freeze({
    type: parts.type,
    doc: options.doc,
    default: options.default,
    optional: false,
    secret: options.secret ?? false,
    parse: parts.parse,
    format: parts.format ?? ((value: T) => String(value)),
  });
}

/** Any non-blank text, optionally matching a pattern (described by `patternDoc` in errors). */
export function string(
  options: VariableOptions<string> & { pattern?: RegExp; patternDoc?: string },
): VariableSpec<string> {
  const { pattern, patternDoc } = options;
  return spec<string>(options, {
    type: patternDoc ? `string (${patternDoc})` : 'string',
    parse: (raw) =>
      pattern && !pattern.test(raw)
        ? { problem: `must match ${patternDoc ?? String(pattern)}` }
        : { value: raw },
  });
}

/** A whole number, optionally bounded (inclusive). */
export function integer(
  options: VariableOptions<number> & { min?: number; max?: number },
): VariableSpec<number> {
  const min = options.min ?? Number.MIN_SAFE_INTEGER;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  const range =
    options.min !== undefined && options.max !== undefined
      ? ` in [${min}, ${max}]`
      : options.min !== undefined
        ? ` >= ${min}`
        : options.max !== undefined
          ? ` <= ${max}`
          : '';
  return spec<number>(options, {
    type: `integer${range}`,
    parse: (raw) => {
      if (!/^[+-]?\d+$/.test(raw)) return { problem: `must be a whole number${range}` };
      const value = Number(raw);
      return value < min || value > max ? { problem: `must be${range}` } : { value };
    },
  });
}

/** A TCP port (1–65535). */
export function port(options: VariableOptions<number>): VariableSpec<number> {
  return { ...integer({ ...options, min: 1, max: 65535 }), type: 'port (1-65535)' };
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/** `true/false`, `1/0`, `yes/no`, `on/off`, case-insensitive. */
export function boolean(options: VariableOptions<boolean>): VariableSpec<boolean> {
  return spec<boolean>(options, {
    type: 'boolean',
    parse: (raw) => {
      const word = raw.toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return { problem: 'must be one of true|false|1|0|yes|no|on|off' };
    },
  });
}

/** An absolute URL whose scheme is one of `protocols` (e.g. `['postgres:', 'postgresql:']`). */
export function url(
  options: VariableOptions<string> & { protocols: readonly string[] },
): VariableSpec<string> {
  const schemes = options.protocols.join('|');
  return spec<string>(options, {
    type: `url (${schemes})`,
    parse: (raw) => {
      let parsed: URL;
      try {
        parsed = new URL(raw);
      } catch {
        return { problem: `must be an absolute URL starting with ${schemes}//` };
      }
      return options.protocols.includes(parsed.protocol)
        ? { value: raw }
        : { problem: `must use scheme ${schemes} (got ${parsed.protocol})` };
    },
  });
}

/** Comma-separated, trimmed, non-empty items (`a, b,c` → `['a','b','c']`). */
export function stringList(
  options: VariableOptions<readonly string[] | string> & { itemPattern?: RegExp; itemDoc?: string },
): VariableSpec<string[]> {
  const { itemPattern, itemDoc } = options;
  const parse = (raw: string): ParseResult<string[]> => {
    const items = raw.split(',').map((item) => item.trim());
    if (items.some((item) => item.length === 0))
      return { problem: 'must be a comma-separated list without empty items' };
    const bad = itemPattern ? items.filter((item) => !itemPattern.test(item)) : [];
    return bad.length > 0
      ? { problem: `items ${bad.join(', ')} must each be ${itemDoc ?? String(itemPattern)}` }
      : { value: items };
  };
  // A string default is parsed once here so the definition reads like the environment would.
  const fallback = typeof options.default === 'string' ? parse(options.default) : undefined;
  if (fallback && 'problem' in fallback)
    throw new TypeError(`Bad stringList default '${String(options.default)}': ${fallback.problem}`);
  const defaultList = fallback
    ? fallback.value
    : options.default === undefined
      ? undefined
      : [...options.default];
  return spec<string[]>(
    { doc: options.doc, secret: options.secret, default: defaultList },
    {
      type: itemDoc ? `comma-separated list of ${itemDoc}` : 'comma-separated list',
      parse,
      format: (value) => value.join(','),
    },
  );
}

/** One of a fixed set of words; the result type is the union of those words. */
export function oneOf<const V extends string>(
  values: readonly V[],
  options: VariableOptions<V>,
): VariableSpec<V> {
  return spec<V>(options, {
    type: `one of ${values.join('|')}`,
    parse: (raw) =>
      (values as readonly string[]).includes(raw)
        ? { value: raw as V }
        : { problem: `must be one of ${values.join('|')}` },
  });
}

/** A lower-case SQL identifier (Postgres schema or table name) that never needs quoting tricks. */
export function identifier(options: VariableOptions<string>): VariableSpec<string> {
  return string({
    ...options,
    pattern: /^[a-z_][a-z0-9_]{0,62}$/,
    patternDoc: 'lower-case SQL identifier [a-z_][a-z0-9_]*, max 63 chars',
  });
}

/** Makes a variable without a default optional: unset yields `undefined` instead of a problem. */
export function optional<T>(variable: VariableSpec<T>): VariableSpec<T | undefined> {
  return Object.freeze({
    ...variable,
    optional: true,
    format: (value: T | undefined) => (value === undefined ? '' : variable.format(value)),
  });
}

/** An S3 bucket name (3-63 lower-case letters, digits, dots, hyphens). */
export function bucketName(options: VariableOptions<string>): VariableSpec<string> {
  return string({
    ...options,
    pattern: /^(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    patternDoc: 'S3 bucket name: 3-63 lower-case letters, digits, dots, hyphens',
  });
}
