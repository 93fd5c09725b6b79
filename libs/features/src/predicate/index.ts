export { evaluatePredicate } from './evaluate-predicate';
