import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { AccessControlErrorCode } from './access-control-error-code';
import { OPEN_ENDPOINT, PRINCIPAL_PROPERTY, REQUIRED_ROLE } from './access-decorators';
import {
  ACCESS_CONTROL_OPTIONS,
  type ResolvedAccessControlOptions,
} from './access-control-options';
import { grants, type Role } from './roles';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * What the guard reads of a request; Express's and Fastify's requests both have it (Fastify's
 * `socket` is the raw request's). The peer address comes from the socket, never from
 * X-Forwarded-For, so a forwarded header cannot open the loopback reads.
 */
interface GuardedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string };
  [PRINCIPAL_PROPERTY]?: unknown;
}

/**
 * Decides every HTTP request before its handler runs, so a refused call changes nothing: 401
 * without a token that names a principal, 403 when the principal lacks the role. Kafka
 * handlers are not HTTP and pass: the broker's own ACLs govern who may publish.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_CONTROL_OPTIONS) private readonly options: ResolvedAccessControlOptions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(OPEN_ENDPOINT, targets)) return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const declared = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    const read = READ_METHODS.has(request.method.toUpperCase());
    const required: Role = declared ?? (read ? 'viewer' : 'operator');
    const token = bearerToken(request.headers.authorization);
    if (token === undefined && read && declared === undefined && this.openRead(request))
      return true;
    if (token === undefined) throw this.missingToken(required);
    const principal = this.options.tokens.principalFor(token);
    if (principal === undefined)
      throw new PlatformError(
        AccessControlErrorCode.UnknownToken,
        'The bearer token is not recognised. Check that it was copied whole and is still ' +
          'listed (by its sha256) in the access token file.',
        { kind: ErrorKind.Unauthenticated },
      );
    if (!grants(principal.roles, required))
      throw new PlatformError(
        AccessControlErrorCode.MissingRole,
        `${principal.name} holds ${principal.roles.join(', ')}; this action needs the ${required} ` +
          'role. Ask an admin to grant it, or have someone who holds it act.',
        {
          kind: ErrorKind.Forbidden,
          details: { principal: principal.name, roles: principal.roles, required },
        },
      );
    request[PRINCIPAL_PROPERTY] = principal;
    return true;
  }

  private openRead(request: GuardedRequest): boolean {
    if (!this.options.openReadsOnLoopback) return false;
    return LOOPBACK.has(request.socket?.remoteAddress ?? '');
  }

  private missingToken(required: Role): PlatformError {
    const configured =
      this.options.tokens.size > 0
        ? ''
        : ' No principal is configured on this service: set AUTH_TOKENS_FILE to a token file (infra/auth.sh writes one for the local stack).';
    return new PlatformError(
      AccessControlErrorCode.MissingToken,
      `This action needs a principal with the ${required} role: send "Authorization: Bearer <token>".${configured}`,
      { kind: ErrorKind.Unauthenticated, details: { required } },
    );
  }
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match?.[1];
}
