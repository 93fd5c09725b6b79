import { ErrorKind, PlatformError } from '@loopline/errors';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { inputTypeOfChain } from '../definition/step-input-type';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { RawColumnType } from '../transform/raw-batch';

export interface RequiredColumn {
  name: string;
  type: RawColumnType;
}

/**
 * The dataset columns a view reads, each with the one type it is read as: the entity
 * (categorical), the event time, the label, aggregated columns (numeric) and feature sources
 * that are not aggregations.
 */
export function requiredColumns(definition: FeatureViewDefinition): RequiredColumn[] {
  const wanted = new Map<string, RawColumnType>();
  const problems: { path: string; message: string }[] = [];
  const need = (name: string, type: RawColumnType, path: string) => {
    const earlier = wanted.get(name);
    if (earlier !== undefined && earlier !== type) {
      problems.push({
        path,
        message: `column ${name} is read as ${type} here but as ${earlier} elsewhere`,
      });
    }
    wanted.set(name, earlier ?? type);
  };
  if (definition.eventTime !== null)
    need(definition.eventTime.column, 'timestamp', 'eventTime.column');
  if (definition.entity !== null) need(definition.entity.column, 'categorical', 'entity.column');
  const { label } = definition;
  if (label !== null)
    need(label.column, label.task === 'multiclass' ? 'categorical' : 'numeric', 'label.column');
  definition.aggregations.forEach((aggregation, index) => {
    if (aggregation.function !== 'count')
      need(aggregation.column, 'numeric', `aggregations[${index}].column`);
  });
  const aggregated = new Set(definition.aggregations.map((aggregation) => aggregation.name));
  definition.features.forEach((feature, index) => {
    if (!aggregated.has(feature.source))
      need(feature.source, inputTypeOfChain(feature.transform), `features[${index}].source`);
  });
  if (problems.length > 0) {
    throw new PlatformError(
      FeaturesErrorCode.InvalidDefinition,
      `Feature view ${definition.name} reads a column with two types: ${problems[0].message}.`,
      {
        kind: ErrorKind.InvalidInput,
        details: { problems },
      },
    );
  }
  return [...wanted].map(([name, type]) => ({ name, type }));
}
