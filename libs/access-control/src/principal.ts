import type { Role } from './roles';

/** Who is calling: the name events record as requestedBy / approvedBy, and the roles held. */
export interface Principal {
  readonly name: string;
  readonly roles: readonly Role[];
}
