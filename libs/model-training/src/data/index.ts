export { permuteRows } from './permute-rows';
export { deriveSeed, seededRandom } from './seeded-random';
export { seededPermutation } from './seeded-permutation';
export { splitMatrixFromFeatureSet } from './split-matrix-from-feature-set';
