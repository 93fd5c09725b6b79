import { Module } from '@nestjs/common';
import { DatasetVersionStore } from './dataset-version.store';
import { FeatureSetStore } from './feature-set.store';
import { FeatureViewStore } from './feature-view.store';
import { OnlineFeatureStore } from './online-feature.store';

const STORES = [FeatureViewStore, DatasetVersionStore, FeatureSetStore, OnlineFeatureStore];

/** The stores over the service's tables, one instance each for every slice that imports them. */
@Module({ providers: STORES, exports: STORES })
export class FeatureStoreStoresModule {}
