import type { FeatureViewDefinition } from '@loopline/features';

/** One immutable version of a feature view, as the store keeps it. */
export interface FeatureViewVersion {
  name: string;
  version: number;
  /** sha256 of the canonical definition JSON: equal meaning, equal hash. */
  sha256: string;
  definition: FeatureViewDefinition;
  /** The canonical definition JSON in the object store (the `transformSpec` of FeatureViewRegistered). */
  definitionUri: string;
  /** Where the registration came from: `file:<name>.json` or `http`. */
  source: string;
  registeredBy: string;
  registeredAt: Date;
}
