import type { NumericPredicate } from '../definition/feature-view-definition';

/**
 * `x <op> value`. A missing x (NaN) satisfies no predicate, not even `!=`: labels and window
 * rates treat missing values separately, and JavaScript's `NaN != v` being true would otherwise
 * count a missing delay as "not on time".
 */
export function evaluatePredicate(p: NumericPredicate, x: number): boolean {
  if (Number.isNaN(x)) return false;
  switch (p.op) {
    case '>':
      return x > p.value;
    case '>=':
      return x >= p.value;
    case '<':
      return x < p.value;
    case '<=':
      return x <= p.value;
    case '==':
      return x === p.value;
    case '!=':
      return x !== p.value;
  }
}
