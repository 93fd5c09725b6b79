import type { TransformStep } from '../definition/feature-view-definition';
import type { FittedStep } from './transform-spec';

/** The declared step of one kind, e.g. `StepOf<'impute'>`. */
export type StepOf<K extends TransformStep['kind']> = Extract<TransformStep, { kind: K }>;

/** The fitted statistics of one step kind, e.g. `FittedOf<'standardize'>`. */
export type FittedOf<K extends FittedStep['kind']> = Extract<FittedStep, { kind: K }>;
