import type { Problem } from '../errors/problem';
import { childPath } from './field-reader';
import type { ParsedView } from './parsed-view';

/**
 * Checks what the sections say about each other: aggregations need an entity and an event
 * time, a time split needs an event time, an aggregation-sourced feature is numeric, and no
 * feature reads the label column.
 */
export function checkViewReferences(view: ParsedView, problems: Problem[]): void {
  checkAggregationReferences(view, problems);
  checkFeatureSources(view, problems);
  const labelColumn = view.label?.label.column ?? '';
  if (!view.entity.isNull && labelColumn !== '' && view.entity.column === labelColumn) {
    problems.push({
      path: 'entity.column',
      message: `'${labelColumn}' is the label column; the entity must be another column (e.g. the airport or customer rows belong to)`,
    });
  }
  if (view.split.strategy === 'time' && view.eventTime.isNull) {
    problems.push({
      path: 'split.strategy',
      message:
        "a time split orders rows by event time, but eventTime is null; set eventTime.column or use strategy 'random'",
    });
  }
}

function checkAggregationReferences(view: ParsedView, problems: Problem[]): void {
  if (view.aggregations.length === 0) return;
  if (view.entity.isNull) {
    problems.push({
      path: 'entity',
      message:
        'is null, but aggregations are kept per entity; set entity.column (e.g. the origin airport) or remove the aggregations',
    });
  }
  if (view.eventTime.isNull) {
    problems.push({
      path: 'eventTime',
      message:
        'is null, but aggregations are windows of event time; set eventTime.column or remove the aggregations',
    });
  }
  const reserved = new Map<string, string>();
  if (!view.entity.isNull) reserved.set(view.entity.column, 'entity');
  if (!view.eventTime.isNull) reserved.set(view.eventTime.column, 'event time');
  if (view.label !== null) reserved.set(view.label.label.column, 'label');
  const names = new Set(view.aggregations.map(({ value }) => value.name));
  for (const { value, path } of view.aggregations) {
    const role = value.name === '' ? undefined : reserved.get(value.name);
    if (role !== undefined) {
      problems.push({
        path: childPath(path, 'name'),
        message: `'${value.name}' is the ${role} column; an aggregation is a column of its own, so rename it`,
      });
    }
    if (value.function !== 'count' && value.column !== '' && names.has(value.column)) {
      problems.push({
        path: childPath(path, 'column'),
        message: `'${value.column}' is an aggregation of this view; aggregations read raw columns only`,
      });
    }
  }
}

function checkFeatureSources(view: ParsedView, problems: Problem[]): void {
  const labelColumn = view.label?.label.column ?? '';
  const aggregations = new Set(view.aggregations.map(({ value }) => value.name));
  for (const { value, path, inputType } of view.features) {
    if (labelColumn !== '' && value.source === labelColumn) {
      // The label is what the model predicts: a feature reading it would see the answer.
      problems.push({
        path: childPath(path, 'source'),
        message: `'${labelColumn}' is the label column and would leak the label; use a windowed aggregation of it instead`,
      });
    }
    if (aggregations.has(value.source) && inputType !== null && inputType !== 'numeric') {
      problems.push({
        path: childPath(path, 'transform'),
        message: `source '${value.source}' is an aggregation, a number; use a numeric chain (impute, clip, log1p, standardize, min_max, bucketize)`,
      });
    }
  }
}
