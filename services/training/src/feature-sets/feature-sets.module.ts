import { Module } from '@nestjs/common';
import { FeatureSetStore } from './feature-set.store';

@Module({ providers: [FeatureSetStore], exports: [FeatureSetStore] })
export class FeatureSetsModule {}
