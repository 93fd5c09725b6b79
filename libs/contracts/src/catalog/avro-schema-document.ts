/**
 * The parsed JSON of one `.avsc` file, docs and custom attributes (`loopline.key`) included.
 * Kept loosely typed on purpose: avsc parses it, and the generated interfaces carry the precise
 * payload types.
 */
export type AvroSchemaDocument = Readonly<Record<string, unknown>>;
