import type { FeatureSetMaterialized } from '@loopline/contracts';

/** What a run's events and tracked run record about the data it trained on. */
export interface FeatureSetLineage {
  featureSetId: string;
  featureViewName: string;
  featureViewVersion: number;
  datasetName: string;
  datasetVersionId: string;
  datasetContentSha256: string;
}

export function featureSetLineage(featureSet: FeatureSetMaterialized): FeatureSetLineage {
  return {
    featureSetId: featureSet.featureSetId,
    featureViewName: featureSet.featureViewName,
    featureViewVersion: featureSet.featureViewVersion,
    datasetName: featureSet.datasetName,
    datasetVersionId: featureSet.datasetVersionId,
    datasetContentSha256: featureSet.datasetContentSha256,
  };
}
