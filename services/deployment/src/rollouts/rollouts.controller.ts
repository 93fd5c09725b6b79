import { randomUUID } from 'node:crypto';
import { CurrentPrincipal, type Principal } from '@loopline/access-control';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { OutboxWriter } from '@loopline/messaging';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RolloutRow } from './rollout.row';

export const RolloutsErrorCode = {
  NotFound: 'DEPLOYMENT.ROLLOUT_NOT_FOUND',
  InvalidRollbackRequest: 'DEPLOYMENT.INVALID_ROLLBACK_REQUEST',
} as const;

/** Rollouts as deployment decided them, and the rollback action (which publishes a request). */
@Controller()
export class RolloutsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  @Get('v1/rollouts')
  async list(@Query('modelName') modelName?: string) {
    const rollouts = await this.dataSource.manager.find(RolloutRow, {
      where: modelName ? { modelName } : {},
      order: { startedAt: 'DESC' },
      take: 100,
    });
    return { rollouts: rollouts.map(toView) };
  }

  @Get('v1/rollouts/:id')
  async get(@Param('id') id: string) {
    const rollout = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.dataSource.manager.findOneBy(RolloutRow, { rolloutId: id })
      : null;
    if (!rollout)
      throw new PlatformError(
        RolloutsErrorCode.NotFound,
        `No rollout ${id}; list them with GET /v1/rollouts?modelName=<model>.`,
        { kind: ErrorKind.NotFound, details: { rolloutId: id } },
      );
    return toView(rollout);
  }

  /**
   * Asks for a rollback: publishes RollbackRequested, which the deployment instance owning the
   * decision carries out (the rollout under way is aborted, or the previous version serves again).
   * Body: `{"reason": "...", "targetModelVersion"?: 3, "rolloutId"?: "..."}`.
   */
  @Post('v1/models/:name/rollback')
  @HttpCode(202)
  async rollback(
    @Param('name') modelName: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ) {
    const request = parseRollbackBody(body);
    const requestId = randomUUID();
    await this.dataSource.transaction((manager) =>
      this.outbox.enqueue(
        manager,
        'RollbackRequested',
        {
          modelName,
          requestId,
          rolloutId: request.rolloutId,
          targetModelVersion: request.targetModelVersion,
          reason: request.reason,
          requestedBy: principal.name,
          requestedAt: Date.now(),
        },
        {},
      ),
    );
    return { requestId, modelName, status: 'requested' };
  }
}

function parseRollbackBody(body: unknown) {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof input.reason !== 'string' || input.reason.trim() === '')
    problems.push('reason must be a non-empty string saying why');
  const target = input.targetModelVersion ?? null;
  if (target !== null && !(Number.isInteger(target) && (target as number) > 0))
    problems.push('targetModelVersion must be a positive integer when given');
  const rolloutId = input.rolloutId ?? null;
  if (rolloutId !== null && typeof rolloutId !== 'string')
    problems.push('rolloutId must be a string');
  if (problems.length > 0)
    throw new PlatformError(
      RolloutsErrorCode.InvalidRollbackRequest,
      `The rollback request is invalid: ${problems.join('; ')}. Send {"reason": "..."}.`,
      { kind: ErrorKind.InvalidInput, details: { problems } },
    );
  return {
    reason: (input.reason as string).trim(),
    targetModelVersion: target as number | null,
    rolloutId: rolloutId as string | null,
  };
}

function toView(rollout: RolloutRow) {
  const version = (model: RolloutRow['stable']) =>
    model && { modelVersion: model.modelVersion, trainingRunId: model.trainingRunId };
  return {
    rolloutId: rollout.rolloutId,
    modelName: rollout.modelName,
    endpointName: rollout.endpointName,
    state: rollout.state,
    strategy: rollout.plan.strategy,
    candidate: version(rollout.candidate),
    stable: version(rollout.stable),
    stepIndex: rollout.stepIndex,
    steps: rollout.plan.steps,
    guardrails: rollout.plan.guardrails,
    trigger: rollout.trigger,
    completedSteps: rollout.completedSteps,
    startedAt: rollout.startedAt.toISOString(),
    endedAt: rollout.endedAt?.toISOString() ?? null,
    lastJudgement: rollout.lastJudgement,
  };
}
