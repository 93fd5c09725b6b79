export { deriveLabel } from './derive-label';
export { fitLabelClasses } from './fit-label-classes';
