import { integer, type VariableOptions } from './variable-types';
import type { ParseResult, VariableSpec } from './variable-spec';

/** Parsed value of a `settingsPerKey` variable: key → setting name → whole number. */
export type SettingsPerKey = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Bounds of one setting's value (inclusive). */
export interface SettingBounds {
  min?: number;
  max?: number;
}

export interface SettingsPerKeyOptions extends VariableOptions<SettingsPerKey> {
  /** What a key names, in errors and docs (`topic`). */
  keyDoc: string;
  keyPattern: RegExp;
  /** The settings a key may carry, each with the bounds of its value. */
  settings: Readonly<Record<string, SettingBounds>>;
  /** A complete, valid value, quoted in every error message. */
  example: string;
}

/**
 * Whole-number settings for some keys, in one variable:
 * `<key>=<setting>:<value>,<setting>:<value>;<key>=<setting>:<value>`, e.g.
 * `loopline.predictions-logged=partitions:12,retention.ms:604800000`. Spaces around separators
 * are ignored. Every problem is named with the entry it is in, the settings that exist and an
 * example, so a typo is fixed in one go instead of discovered at run time as a silent no-op.
 */
export function settingsPerKey(options: SettingsPerKeyOptions): VariableSpec<SettingsPerKey> {
  const names = Object.keys(options.settings);
  const syntax = `${options.keyDoc}=setting:integer[,setting:integer...][;${options.keyDoc}=...]`;
  const parse = (raw: string): ParseResult<SettingsPerKey> => {
    const problems: string[] = [];
    const parsed: Record<string, Record<string, number>> = {};
    const entries = raw.split(';').map((entry) => entry.trim());
    for (const entry of entries.filter((text) => text.length > 0)) {
      const [key, settings] = parseEntry(entry, options, problems);
      if (key === undefined) continue;
      if (key in parsed)
        problems.push(`'${key}' is listed twice; merge its settings into one entry`);
      else parsed[key] = settings;
    }
    if (problems.length === 0) return { value: Object.freeze(parsed) };
    return {
      problem:
        `${problems.join('; ')}. Write ${syntax} with settings ${names.join(', ')}, ` +
        `e.g. ${options.example}`,
    };
  };
  return Object.freeze({
    type: `per-${options.keyDoc} settings: ${syntax} (settings: ${names.join(', ')})`,
    doc: options.doc,
    default: options.default,
    optional: false,
    secret: options.secret ?? false,
    parse,
    format: (value: SettingsPerKey) =>
      Object.entries(value)
        .map(
          ([key, settings]) =>
            `${key}=${Object.entries(settings)
              .map(([name, number]) => `${name}:${number}`)
              .join(',')}`,
        )
        .join(';'),
  });
}

/** One `<key>=<setting>:<value>,...` entry; problems are pushed, the key is undefined if unusable. */
function parseEntry(
  entry: string,
  options: SettingsPerKeyOptions,
  problems: string[],
): [string | undefined, Record<string, number>] {
  const settings: Record<string, number> = {};
  const equals = entry.indexOf('=');
  if (equals < 0) {
    problems.push(`entry '${entry}' has no '=' between the ${options.keyDoc} and its settings`);
    return [undefined, settings];
  }
  const key = entry.slice(0, equals).trim();
  if (!options.keyPattern.test(key)) {
    problems.push(`'${key}' is not a valid ${options.keyDoc} name (${String(options.keyPattern)})`);
    return [undefined, settings];
  }
  const pairs = entry
    .slice(equals + 1)
    .split(',')
    .map((pair) => pair.trim());
  if (pairs.every((pair) => pair.length === 0)) problems.push(`'${key}' sets nothing`);
  for (const pair of pairs.filter((text) => text.length > 0)) {
    const colon = pair.indexOf(':');
    const name = (colon < 0 ? pair : pair.slice(0, colon)).trim();
    const rawValue = colon < 0 ? '' : pair.slice(colon + 1).trim();
    const bounds = options.settings[name];
    if (colon < 0) problems.push(`'${key}': '${pair}' must be written setting:integer`);
    else if (!bounds)
      problems.push(
        `'${key}': unknown setting '${name}' (known: ${Object.keys(options.settings).join(', ')})`,
      );
    else if (name in settings) problems.push(`'${key}': ${name} is set twice`);
    else {
      const result = integer({ ...bounds, doc: name }).parse(rawValue);
      if ('value' in result) settings[name] = result.value;
      else problems.push(`'${key}': ${name} ${result.problem} (got '${rawValue}')`);
    }
  }
  return [key, Object.freeze(settings) as Record<string, number>];
}
