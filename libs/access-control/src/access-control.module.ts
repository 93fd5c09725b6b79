import { readFileSync } from 'node:fs';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { AccessControlErrorCode } from './access-control-error-code';
import {
  ACCESS_CONTROL_OPTIONS,
  type AccessControlOptions,
  type ResolvedAccessControlOptions,
} from './access-control-options';
import { AccessGuard } from './access.guard';
import { AccessTokens } from './access-tokens';

/** Guards every HTTP route of the service it is imported into (see AccessGuard). */
@Module({})
export class AccessControlModule {
  static forRoot(options: AccessControlOptions): DynamicModule {
    const resolved: ResolvedAccessControlOptions = {
      tokens: loadAccessTokens(options.tokensFile),
      openReadsOnLoopback: options.openReadsOnLoopback,
    };
    return {
      module: AccessControlModule,
      providers: [
        { provide: ACCESS_CONTROL_OPTIONS, useValue: resolved },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}

/** Read once at start-up: a changed file takes effect on restart. */
export function loadAccessTokens(path: string | undefined): AccessTokens {
  if (path === undefined) return AccessTokens.none();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PlatformError(
      AccessControlErrorCode.InvalidTokenFile,
      `Cannot read the access token file ${path} (${(error as Error).message}). Point ` +
        'AUTH_TOKENS_FILE at a readable file, or run infra/auth.sh for the local stack.',
      { kind: ErrorKind.InvalidInput, cause: error },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PlatformError(
      AccessControlErrorCode.InvalidTokenFile,
      `The access token file ${path} is not JSON: ${(error as Error).message}.`,
      { kind: ErrorKind.InvalidInput, cause: error },
    );
  }
  return AccessTokens.parse(parsed, path);
}
