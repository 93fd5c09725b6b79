import type { ConsumedEvent } from '@loopline/messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { describeModel } from '../projections/deployable-model';
import { DeploymentProjections } from '../projections/deployment-projections';
import { DeploymentPolicies } from './domain';
import { lockEndpoint } from './endpoint-lock';
import { RolloutWriter } from './rollout.writer';

/**
 * A rollback request: aborts the rollout under way (traffic back to the stable version), or,
 * with none under way, makes the endpoint serve the previous version again (or the one named).
 * Both versions are still loaded on every instance, so the switch takes one notification.
 * A request that cannot be honoured (nothing served before, an unknown version) is logged and
 * changes nothing.
 */
@Injectable()
export class RollbackRequestHandler {
  private readonly logger = new Logger(RollbackRequestHandler.name);

  constructor(
    private readonly writer: RolloutWriter,
    private readonly projections: DeploymentProjections,
    private readonly policies: DeploymentPolicies,
    @Inject(DEPLOYMENT_SETTINGS) readonly settings: DeploymentSettings,
  ) {}

  async handle(manager: EntityManager, event: ConsumedEvent<'RollbackRequested'>): Promise<void> {
    const request = event.payload;
    const facts = {
      reason: 'manual' as const,
      detail: `rollback requested by ${request.requestedBy}: ${request.reason}`,
      requestId: request.requestId,
    };
    const { endpointName } = this.policies.policyFor(request.modelName);
    const endpoint = await lockEndpoint(manager, endpointName, request.modelName);
    const active = await this.writer.activeRollout(manager, endpointName);
    if (active && (request.rolloutId === null || request.rolloutId === active.rolloutId)) {
      await this.writer.rollBack(manager, active, facts, null);
      return;
    }
    const target =
      request.targetModelVersion === null
        ? endpoint.previous
        : await this.projections.byVersion(manager, request.modelName, request.targetModelVersion);
    if (endpoint.stable === null || target === null) {
      this.logger.warn(
        `rollback ${request.requestId} of ${request.modelName} ignored: ${endpoint.stable === null ? 'nothing serves yet' : request.targetModelVersion === null ? 'no earlier version served this endpoint' : `version ${request.targetModelVersion} is unknown here`}`,
      );
      return;
    }
    if (target.trainingRunId === endpoint.stable.trainingRunId) {
      this.logger.log(`rollback ${request.requestId}: ${describeModel(target)} already serves`);
      return;
    }
    await this.writer.restore(manager, endpoint, target, facts, { causedBy: event });
  }
}
