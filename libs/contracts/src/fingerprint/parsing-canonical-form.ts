import type { Type } from 'avsc';

/**
 * The Avro Parsing Canonical Form of a type. avsc's `schema()` without `exportAttrs` already
 * applies the spec's transformations: full names, primitives as bare strings, only the attributes
 * name/type/fields/symbols/items/values/size in that order, no docs, defaults, aliases, logical
 * types or custom attributes (`loopline.key`). The known-answer spec pins this against fastavro.
 */
export function parsingCanonicalForm(type: Type): string {
  return JSON.stringify(type.schema());
}
