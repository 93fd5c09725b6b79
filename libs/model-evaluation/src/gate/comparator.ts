import type { ThresholdComparator } from '../gate-policy';

export const COMPARATOR_SYMBOL: Record<ThresholdComparator, string> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
};

/** Whether `value` satisfies `comparator bound`. */
export function satisfies(value: number, comparator: ThresholdComparator, bound: number): boolean {
  switch (comparator) {
    case 'gte':
      return value >= bound;
    case 'gt':
      return value > bound;
    case 'lte':
      return value <= bound;
    case 'lt':
      return value < bound;
  }
}
