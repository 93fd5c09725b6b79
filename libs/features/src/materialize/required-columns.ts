import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { inputTypeOfChain } from '../definition/step-input-type';
import type { RawColumnType } from '../transform/raw-batch';

export interface RequiredColumn {
  name: string;
  type: RawColumnType;
}

/**
 * The dataset columns a parsed view reads, each with the type it is read as: the entity
 * (categorical), the event time, the label, aggregated columns (numeric) and feature sources
 * that are not aggregations. The parser already refused a column read as two types.
 */
export function requiredColumns(definition: FeatureViewDefinition): RequiredColumn[] {
  const wanted = new Map<string, RawColumnType>();
  const need = (name: string, type: RawColumnType) => {
    if (!wanted.has(name)) wanted.set(name, type);
  };
  if (definition.eventTime !== null) need(definition.eventTime.column, 'timestamp');
  if (definition.entity !== null) need(definition.entity.column, 'categorical');
  const { label } = definition;
  if (label !== null) need(label.column, label.task === 'multiclass' ? 'categorical' : 'numeric');
  for (const aggregation of definition.aggregations) {
    if (aggregation.function !== 'count') need(aggregation.column, 'numeric');
  }
  const aggregated = new Set(definition.aggregations.map((aggregation) => aggregation.name));
  for (const feature of definition.features) {
    if (!aggregated.has(feature.source)) need(feature.source, inputTypeOfChain(feature.transform));
  }
  return [...wanted].map(([name, type]) => ({ name, type }));
}
