export { assignSplits } from './assign-splits';
export { rowsOfSplit } from './rows-of-split';
export { SPLIT_NAMES } from './split-names';
