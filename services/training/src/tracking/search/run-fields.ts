/**
 * What a search can name: a metric, param or tag by key, or one of the run's attributes. Only
 * names from this catalogue ever reach SQL as identifiers; keys and values travel as parameters.
 */
export type FieldEntity = 'metrics' | 'params' | 'tags' | 'attributes';

/** How values of a field compare: as numbers, as text, or as instants. */
export type FieldType = 'number' | 'string' | 'time';

export interface RunAttribute {
  name: string;
  /** SQL over the `r` alias of the runs table. */
  column: string;
  type: FieldType;
  /** The SQL type a page token's value is cast back to. */
  sqlType: 'text' | 'float8' | 'timestamptz' | 'uuid';
  nullable: boolean;
}

const attribute = (
  name: string,
  type: FieldType,
  nullable: boolean,
  column = `r.${name}`,
): RunAttribute => ({
  name,
  column,
  type,
  sqlType: type === 'number' ? 'float8' : type === 'time' ? 'timestamptz' : 'text',
  nullable,
});

export const RUN_ATTRIBUTES: readonly RunAttribute[] = [
  attribute('id', 'string', false, 'r.id::text'),
  attribute('model_name', 'string', false),
  attribute('status', 'string', false),
  attribute('trigger', 'string', false),
  attribute('reason', 'string', false),
  attribute('requested_by', 'string', false),
  attribute('backend', 'string', true),
  attribute('feature_set_id', 'string', true),
  attribute('config_hash', 'string', true),
  attribute('config_version', 'number', true),
  attribute('attempts', 'number', false),
  attribute('coalesced', 'number', false),
  attribute('samples_per_second', 'number', true),
  attribute('duration_ms', 'number', true),
  attribute('created_at', 'time', false),
  attribute('started_at', 'time', true),
  attribute('ended_at', 'time', true),
];

/** MLflow's names for the same attributes, so its users' filters work unchanged. */
const ATTRIBUTE_ALIASES: Readonly<Record<string, string>> = {
  run_id: 'id',
  start_time: 'started_at',
  end_time: 'ended_at',
};

const ENTITY_ALIASES: Readonly<Record<string, FieldEntity>> = {
  metric: 'metrics',
  metrics: 'metrics',
  param: 'params',
  params: 'params',
  parameter: 'params',
  parameters: 'params',
  tag: 'tags',
  tags: 'tags',
  attribute: 'attributes',
  attributes: 'attributes',
  attr: 'attributes',
  run: 'attributes',
};

export const FIELD_ENTITIES = ['metrics', 'params', 'tags', 'attributes'] as const;

export function entityNamed(word: string): FieldEntity | undefined {
  return ENTITY_ALIASES[word.toLowerCase()];
}

export function attributeNamed(name: string): RunAttribute | undefined {
  const canonical = ATTRIBUTE_ALIASES[name] ?? name;
  return RUN_ATTRIBUTES.find((each) => each.name === canonical);
}

/** A field a filter or an order names, resolved against the catalogue. */
export type RunField =
  | { entity: 'metrics' | 'params' | 'tags'; key: string }
  | { entity: 'attributes'; key: string; attribute: RunAttribute };

export function fieldType(field: RunField): FieldType {
  if (field.entity === 'attributes') return field.attribute.type;
  return field.entity === 'metrics' ? 'number' : 'string';
}
