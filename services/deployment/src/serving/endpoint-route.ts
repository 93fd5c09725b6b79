import type { CandidateMode } from '../rollouts/endpoint.row';
import type { ServedModel } from './served-model';

/**
 * What this instance serves for one endpoint: an immutable snapshot swapped whole when the
 * endpoint's revision moves, so a request sees one consistent state from start to end.
 */
export interface EndpointRoute {
  readonly endpointName: string;
  readonly modelName: string;
  readonly revision: number;
  readonly stable: ServedModel | null;
  /** Kept loaded for an instant rollback; never answers while it is not stable. */
  readonly previous: ServedModel | null;
  readonly candidate: ServedModel | null;
  readonly candidateMode: CandidateMode | null;
  readonly trafficPercent: number;
  readonly rolloutId: string | null;
  readonly stepIndex: number;
}
