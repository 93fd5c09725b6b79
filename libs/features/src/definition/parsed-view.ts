import type { SplitDefinition, WindowAggregation } from './feature-view-definition';
import type { Located } from './field-reader';
import type { ParsedFeature } from './parse-features';
import type { ParsedLabel } from './parse-label';

/** A column reference (`entity`, `eventTime`): null when written as null, column '' when invalid. */
export interface ParsedColumnRef {
  isNull: boolean;
  column: string;
}

/**
 * The sections of a definition as read on their own, with the paths they came from, for the
 * checks that span sections (names, what sources refer to, leakage, column types).
 */
export interface ParsedView {
  entity: ParsedColumnRef;
  eventTime: ParsedColumnRef;
  label: ParsedLabel | null;
  aggregations: Located<WindowAggregation>[];
  features: ParsedFeature[];
  split: SplitDefinition;
}
