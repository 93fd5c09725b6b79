import type { OnlineEntityValues } from '@loopline/features';
import type { FeatureSetResult } from '../domain/feature-set';

/** What a materialization job returns to its `complete` step (stored as the job's result). */
export interface MaterializationOutcome {
  result: FeatureSetResult;
  onlineValues: OnlineEntityValues[];
}
