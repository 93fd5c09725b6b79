const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Constructs JavaScript accepts but the batch engine's RE2 does not: a pattern that parses here
 * must also run there.
 */
const RE2_UNSUPPORTED = /\(\?<?[=!]|\\[1-9]|\\k</;

/** The instant as a canonical UTC ISO string, or null when `text` is not a zoned ISO 8601 instant. */
export function parseInstant(text: string): string | null {
  if (!INSTANT.test(text)) return null;
  const epochMs = Date.parse(text);
  return Number.isNaN(epochMs) ? null : new Date(epochMs).toISOString();
}

/** Null when `regex` is usable as a pattern rule; otherwise what is wrong with it. */
export function parseSearchPattern(regex: string): string | null {
  try {
    new RegExp(regex);
  } catch (error) {
    return `not a valid regular expression (${(error as Error).message})`;
  }
  if (RE2_UNSUPPORTED.test(regex)) {
    return 'lookarounds and backreferences are not supported (RE2 syntax); match the value directly';
  }
  return null;
}
