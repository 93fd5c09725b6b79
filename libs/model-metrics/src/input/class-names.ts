import { invalidMetricsInput } from '../errors/invalid-metrics-input';

/** The display names of the classes: the caller's, or the class indices as strings. */
export function classNames(
  classLabels: readonly string[] | undefined,
  classCount: number,
): string[] {
  if (classLabels === undefined) return Array.from({ length: classCount }, (_, c) => String(c));
  if (classLabels.length !== classCount) {
    throw invalidMetricsInput(
      `classLabels has ${classLabels.length} names but the model has ${classCount} classes: ` +
        'pass one name per class, in class-index order.',
      { classLabels: [...classLabels], classCount },
    );
  }
  return [...classLabels];
}
