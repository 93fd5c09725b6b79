export { permuteRows } from './permute-rows';
export { deriveSeed } from './derive-seed';
export { seededPermutation } from './seeded-permutation';
export { splitMatrixFromFeatureSet } from './split-matrix-from-feature-set';
