export { compareCodePoints } from './compare-code-points';
export { evaluatePredicate } from './evaluate-predicate';
