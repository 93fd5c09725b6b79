import { ErrorKind, PlatformError } from '@loopline/errors';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JobsErrorCode } from '../errors/jobs-error-code';
import { type JobHandler, JobHandlerKind } from './job-handler';

/** Every `@JobHandler` provider of the application, by kind; built once the app is wired. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: JobHandlerKind.KEY })) {
      const kind = this.discovery.getMetadataByDecorator(JobHandlerKind, wrapper);
      if (!kind || !wrapper.instance) continue;
      const existing = this.handlers.get(kind);
      // The same class imported through two modules is one handler, not a conflict.
      if (existing && existing.constructor !== wrapper.instance.constructor) {
        throw new PlatformError(
          JobsErrorCode.DuplicateHandler,
          `Both ${existing.constructor.name} and ${wrapper.name} handle job kind '${kind}'; keep one.`,
          { kind: ErrorKind.Internal, retriable: false, details: { kind } },
        );
      }
      this.handlers.set(kind, wrapper.instance as JobHandler);
    }
  }

  kinds(): string[] {
    return [...this.handlers.keys()];
  }

  has(kind: string): boolean {
    return this.handlers.has(kind);
  }

  /** The handler of `kind`; throws JOBS.UNKNOWN_KIND naming the kinds that do exist. */
  get(kind: string): JobHandler {
    const handler = this.handlers.get(kind);
    if (!handler) {
      throw new PlatformError(
        JobsErrorCode.UnknownKind,
        `No @JobHandler('${kind}') is registered in this service (known: ${this.kinds().join(', ') || 'none'}); ` +
          "add the handler class to a module's providers.",
        { kind: ErrorKind.InvalidInput, retriable: false, details: { kind } },
      );
    }
    return handler;
  }
}
