import { Type } from 'avsc';

/**
 * Parses a schema the one way the platform does everywhere, so reader and writer types agree.
 * No logical types are registered: timestamp-millis stays a plain number of epoch milliseconds,
 * which is what crosses JSON, Postgres and Kafka headers without conversion. `omitRecordMethods`
 * keeps decoded payloads free of avsc helpers that could shadow a field name.
 */
export function toAvroType(schema: Type | object | string): Type {
  if (Type.isType(schema)) return schema as Type;
  return Type.forSchema(schema as Parameters<typeof Type.forSchema>[0], {
    omitRecordMethods: true,
  });
}
