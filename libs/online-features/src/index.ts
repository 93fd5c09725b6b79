export { OnlineFeatureView } from './online-feature.view';
export type { OnlineFeatureViewOptions } from './online-feature-view-options';
export type { OnlineFeatureEntry, OnlineFeatureValues } from './online-feature-entry';
export { onlineFeatureKey } from './online-feature-key';
export { OnlineFeaturesErrorCode } from './online-features-error-code';
