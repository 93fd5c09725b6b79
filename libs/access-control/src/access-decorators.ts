import {
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import type { Principal } from './principal';
import type { Role } from './roles';

export const REQUIRED_ROLE = 'loopline:required-role';
export const OPEN_ENDPOINT = 'loopline:open-endpoint';
/** Where the guard leaves the authenticated principal on the request. */
export const PRINCIPAL_PROPERTY = 'looplinePrincipal';

/**
 * The role a route needs. Without it a mutating route (POST, PUT, PATCH, DELETE) needs operator
 * and a read needs viewer, unless reads are open on loopback.
 */
export function RequiresRole(role: Role): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(REQUIRED_ROLE, role));
}

/** A route anyone may call with no token at all: the probes and metrics. */
export function OpenEndpoint(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(OPEN_ENDPOINT, true));
}

/**
 * The authenticated caller of a guarded route, whose name events record as requestedBy or
 * approvedBy. Undefined only on an open read.
 */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<Record<string, Principal | undefined>>()[PRINCIPAL_PROPERTY],
);
