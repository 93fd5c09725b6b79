/** Job kind of a materialization; the job's key is the feature set id. */
export const MATERIALIZE_FEATURE_SET_JOB = 'materialize-feature-set';

export interface MaterializeFeatureSetInput {
  featureSetId: string;
}
