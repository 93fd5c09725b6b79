import type { RawColumnType } from '../transform/raw-batch';
import { readColumnName } from './definition-names';
import type { LabelDefinition } from './feature-view-definition';
import { FieldReader, itemPath, showValue } from './field-reader';
import { parseNumericPredicate } from './parse-numeric-predicate';

type Task = LabelDefinition['task'];

const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression'];
const FIELDS_BY_TASK: Record<Task, readonly string[]> = {
  binary: ['name', 'column', 'task', 'positiveWhen'],
  multiclass: ['name', 'column', 'task', 'classes'],
  regression: ['name', 'column', 'task'],
};

/** The label as read, and the type its column must have (null when the task is not known). */
export interface ParsedLabel {
  label: LabelDefinition;
  columnType: RawColumnType | null;
}

/**
 * Parses the view's `label` (null for an unlabelled view). A binary label needs `positiveWhen`;
 * a multiclass label may fix its class order with `classes`. Invalid parts are left empty (''),
 * with every fault recorded, so the checks across sections can still run on the rest.
 */
export function parseLabel(root: FieldReader): ParsedLabel | null {
  const { reader: fields } = root.nullableObject('label', 'an unlabelled view');
  if (fields === null) return null;
  const name = readColumnName(fields, 'name') ?? '';
  const column = fields.string('column', { required: true }) ?? '';
  const task = fields.oneOf('task', TASKS, { required: true });
  if (task === null) {
    fields.allowOnly([...new Set(Object.values(FIELDS_BY_TASK).flat())]);
    return { label: { name, column, task: 'regression' }, columnType: null };
  }
  fields.allowOnly(FIELDS_BY_TASK[task], ` for a ${task} label`);
  switch (task) {
    case 'binary': {
      const positiveWhen = fields.has('positiveWhen')
        ? parseNumericPredicate(
            fields.value('positiveWhen'),
            fields.pathOf('positiveWhen'),
            fields.problems,
          )
        : null;
      if (!fields.has('positiveWhen')) {
        fields.problem(
          'positiveWhen',
          'is required for a binary label: the predicate on the column that makes a row positive, e.g. {"op": ">", "value": 15}',
        );
      }
      return {
        label: { name, column, task, positiveWhen: positiveWhen ?? { op: '>', value: 0 } },
        columnType: 'numeric',
      };
    }
    case 'multiclass': {
      const classes = readClasses(fields);
      return {
        label: classes === null ? { name, column, task } : { name, column, task, classes },
        columnType: 'categorical',
      };
    }
    case 'regression':
      return { label: { name, column, task }, columnType: 'numeric' };
  }
}

/** Declared classes: at least two distinct non-empty strings, in class-index order. */
function readClasses(fields: FieldReader): string[] | null {
  const raw = fields.array('classes');
  if (raw === null) return null;
  const path = fields.pathOf('classes');
  const seen = new Set<string>();
  raw.forEach((value, i) => {
    if (typeof value !== 'string' || value.trim() === '') {
      fields.problems.push({
        path: itemPath(path, i),
        message: `must be a non-empty string (got ${showValue(value)})`,
      });
    } else if (seen.has(value)) {
      fields.problems.push({
        path: itemPath(path, i),
        message: `'${value}' is listed twice; list each class once`,
      });
    } else {
      seen.add(value);
    }
  });
  if (raw.length < 2) {
    fields.problem(
      'classes',
      "must list at least two classes; omit it to take the training split's distinct values",
    );
  }
  return raw.filter((value): value is string => typeof value === 'string');
}
