import type { Perturbation } from '../gate-policy';
import { GATE_POLICY_BOUNDS as BOUNDS } from './gate-policy-bounds';
import type { PolicyFields } from './policy-fields';

/** The `perturbation` of a robustness check: seeded noise or seeded blanks. */
export function parsePerturbation(check: PolicyFields): Perturbation {
  const fields = check.object('perturbation', true);
  if (fields === null) return { type: 'noise', scale: 1 };
  const type = fields.oneOf('type', ['noise', 'missing'], true);
  const columns = readColumns(fields);
  const withColumns = <T extends Perturbation>(p: T): T =>
    columns === null ? p : { ...p, columns };
  if (type === 'missing') {
    fields.allowOnly(['type', 'fraction', 'columns']);
    const fraction = fields.number('fraction', BOUNDS.missingFraction, true) ?? 0;
    return withColumns({ type, fraction });
  }
  fields.allowOnly(['type', 'scale', 'columns']);
  const scale = fields.number('scale', BOUNDS.noiseScale, type === 'noise') ?? 0;
  return withColumns({ type: 'noise', scale });
}

/** Absent means every eligible column; when given, a non-empty list of distinct names. */
function readColumns(fields: PolicyFields): string[] | null {
  const raw = fields.array('columns', false);
  if (raw === null) return null;
  if (raw.length === 0) {
    fields.problem('columns', 'must not be empty; leave it out to perturb every eligible column');
    return null;
  }
  const seen = new Set<string>();
  raw.forEach((column, i) => {
    const path = `columns[${i}]`;
    if (typeof column !== 'string' || column.trim() === '')
      fields.problem(path, 'must be a non-empty column name');
    else if (seen.has(column)) fields.problem(path, `'${column}' is listed twice`);
    else seen.add(column);
  });
  return [...seen];
}
