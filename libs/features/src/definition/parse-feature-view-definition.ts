import type { Problem } from '../errors/problem';
import { checkColumnTypes } from './check-column-types';
import { checkViewNames } from './check-view-names';
import { checkViewReferences } from './check-view-references';
import { readViewName } from './definition-names';
import type { FeatureViewDefinition } from './feature-view-definition';
import { FieldReader } from './field-reader';
import { invalidDefinition } from './invalid-definition.error';
import { parseAggregations } from './parse-aggregations';
import { parseFeatures } from './parse-features';
import { parseLabel } from './parse-label';
import { parseSplit } from './parse-split';
import type { ParsedColumnRef, ParsedView } from './parsed-view';

const VIEW_FIELDS = [
  'name',
  'description',
  'owner',
  'source',
  'entity',
  'eventTime',
  'label',
  'aggregations',
  'features',
  'split',
];

/**
 * Parses a feature view definition as JSON (a shipped file or an HTTP body) into a normalized
 * copy: defaults filled (`impute.indicator` false, `one_hot.minCount` 1, `aggregations` []),
 * nothing dropped (an unknown field is a problem). Names every problem at once, each with its
 * path (`features[2].transform[0].maxCategories`), in a PlatformError
 * `FEATURES.INVALID_DEFINITION` whose `details.problems` lists them as Problem objects.
 */
export function parseFeatureViewDefinition(input: unknown): FeatureViewDefinition {
  const problems: Problem[] = [];
  const root = FieldReader.at(input, '', problems);
  if (root === null) throw invalidDefinition(problems);
  root.allowOnly(VIEW_FIELDS);
  const name = readViewName(root, 'name') ?? '';
  const description = root.string('description', { required: true }) ?? '';
  const owner = root.string('owner', { required: true }) ?? '';
  const dataset = readDataset(root);
  const view: ParsedView = {
    entity: readColumnRef(root, 'entity', 'a view without aggregations'),
    eventTime: readColumnRef(root, 'eventTime', 'a view without time (random split, no windows)'),
    label: parseLabel(root),
    aggregations: parseAggregations(root),
    features: parseFeatures(root),
    split: parseSplit(root),
  };
  checkViewNames(view, problems);
  checkViewReferences(view, problems);
  checkColumnTypes(view, problems);
  if (problems.length > 0) throw invalidDefinition(problems);
  return {
    name,
    description,
    owner,
    source: { dataset },
    entity: view.entity.isNull ? null : { column: view.entity.column },
    eventTime: view.eventTime.isNull ? null : { column: view.eventTime.column },
    label: view.label?.label ?? null,
    aggregations: view.aggregations.map(({ value }) => value),
    features: view.features.map(({ value }) => value),
    split: view.split,
  };
}

function readDataset(root: FieldReader): string {
  const source = root.object('source', { required: true });
  if (source === null) return '';
  source.allowOnly(['dataset']);
  return source.string('dataset', { required: true }) ?? '';
}

/** `{ column }` or an explicit null. */
function readColumnRef(root: FieldReader, field: string, whatNullMeans: string): ParsedColumnRef {
  const { isNull, reader } = root.nullableObject(field, whatNullMeans);
  if (reader === null) return { isNull, column: '' };
  reader.allowOnly(['column']);
  return { isNull: false, column: reader.string('column', { required: true }) ?? '' };
}
