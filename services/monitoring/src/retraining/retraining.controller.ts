import { randomUUID } from 'node:crypto';
import { CurrentPrincipal, type Principal, RequiresRole } from '@loopline/access-control';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RetrainingErrorCode } from './retraining-error-code';
import { RetrainingDecider } from './retraining.decider';
import { RetrainingStateReader } from './retraining-state.reader';
import { decisionView } from './retraining.views';

const DEFAULT_DECISIONS = 50;
const MAX_DECISIONS = 500;
const MAX_REASON_LENGTH = 1000;

/** A model's retraining over HTTP: its decisions, its state, and the operator's retrain action. */
@Controller('v1/models/:model')
export class RetrainingController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decider: RetrainingDecider,
    private readonly reader: RetrainingStateReader,
  ) {}

  /**
   * Asks for retraining now: recorded as a decision and published as TrainingRequested (trigger
   * manual), past any cool-down or request in flight. Body: `{"reason"?: "..."}`.
   */
  @Post('retraining-requests')
  @HttpCode(202)
  async request(
    @Param('model') modelName: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ) {
    const reason = parseReason(body);
    const decision = await this.dataSource.transaction(async (manager) => {
      const decisionId = randomUUID();
      return this.decider.decide(manager, {
        decisionId,
        modelName,
        cause: 'manual',
        windowId: null,
        causeEventId: null,
        scheduledFor: null,
        because: reason
          ? `${principal.name} asked for retraining: ${reason}`
          : `${principal.name} asked for retraining over HTTP`,
        requestedBy: principal.name,
        publish: { correlationId: decisionId },
      });
    });
    return decisionView(decision, null);
  }

  /** Newest first, with outcome and reason; `limit` defaults to 50 (at most 500). */
  @Get('retraining-decisions')
  @RequiresRole('viewer')
  async decisions(@Param('model') modelName: string, @Query('limit') limit?: string) {
    return {
      modelName,
      decisions: await this.reader.decisions(modelName, parseLimit(limit)),
    };
  }

  /** The request in flight, the cool-down, and the next scheduled time. */
  @Get('retraining')
  @RequiresRole('viewer')
  async state(@Param('model') modelName: string) {
    return this.reader.state(modelName);
  }
}

function parseReason(body: unknown): string | null {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const reason = input.reason ?? null;
  const unknown = Object.keys(input).filter((key) => key !== 'reason');
  const problems: string[] = [];
  if (reason !== null && (typeof reason !== 'string' || reason.length > MAX_REASON_LENGTH))
    problems.push(`reason must be a string of at most ${MAX_REASON_LENGTH} characters`);
  if (unknown.length > 0)
    problems.push(
      `unknown field(s) ${unknown.join(', ')} (the caller is recorded from the bearer token)`,
    );
  if (problems.length > 0)
    throw new PlatformError(
      RetrainingErrorCode.InvalidRetrainingRequest,
      `The retraining request is invalid: ${problems.join('; ')}. Send {} or {"reason": "..."}.`,
      { kind: ErrorKind.InvalidInput, details: { problems } },
    );
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  return trimmed === '' ? null : trimmed;
}

function parseLimit(limit: string | undefined): number {
  if (limit === undefined) return DEFAULT_DECISIONS;
  const value = Number(limit);
  if (!Number.isInteger(value) || value < 1 || value > MAX_DECISIONS)
    throw new PlatformError(
      RetrainingErrorCode.InvalidQuery,
      `limit must be an integer from 1 to ${MAX_DECISIONS}; got "${limit}".`,
      { kind: ErrorKind.InvalidInput, details: { limit } },
    );
  return value;
}
