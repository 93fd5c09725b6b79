import type { SplitName } from '../materialize/materialize-request';

/** Split names by index: the values of an assignment from `assignSplits` index this list. */
export const SPLIT_NAMES: readonly SplitName[] = ['train', 'validation', 'test'];

export const TRAIN = 0;
export const VALIDATION = 1;
export const TEST = 2;
