import type { FeatureDefinition } from '../definition/feature-view-definition';
import {
  datetimeCyclical,
  datetimeOrdinal,
  datetimePartIndices,
  datetimePartLabels,
} from './datetime-part-step';
import type { EncodedColumn } from './encoded-features';
import { columnOfType, type EncodedShape, type FeatureEncoder } from './feature-encoder';

/**
 * A timestamp chain (one `datetime_part` step): `${name}_sin` and `${name}_cos` (cyclical), a
 * one-hot block of the part's values, or one dense ordinal column.
 */
export function datetimeEncoder(feature: FeatureDefinition): FeatureEncoder {
  const { name } = feature;
  const step = feature.transform[0];
  if (step?.kind !== 'datetime_part') {
    throw new Error(`Feature ${name}: a timestamp chain must be one datetime_part step.`);
  }
  const { part, encoding } = step;
  const labels = datetimePartLabels(part);
  const shapes: EncodedShape[] =
    encoding === 'cyclical'
      ? [
          { kind: 'dense', name: `${name}_sin` },
          { kind: 'dense', name: `${name}_cos` },
        ]
      : encoding === 'one_hot'
        ? [{ kind: 'one_hot', name, labels }]
        : [{ kind: 'dense', name }];
  return {
    shapes,
    encode(column): EncodedColumn[] {
      const indices = datetimePartIndices(part, columnOfType(column, 'timestamp').values);
      if (encoding === 'one_hot') return [{ kind: 'one_hot', name, labels, index: indices }];
      if (encoding === 'ordinal') {
        return [{ kind: 'dense', name, values: datetimeOrdinal(part, indices) }];
      }
      const [sin, cos] = datetimeCyclical(part, indices);
      return [
        { kind: 'dense', name: `${name}_sin`, values: sin },
        { kind: 'dense', name: `${name}_cos`, values: cos },
      ];
    },
  };
}
