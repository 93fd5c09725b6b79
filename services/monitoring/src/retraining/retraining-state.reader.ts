import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { MonitoringPolicies } from '../policies/monitoring-policies';
import {
  RetrainingDecisionRow,
  RetrainingModelRow,
  RetrainingRequestRow,
  RetrainingScheduleFireRow,
} from './database';
import { activeInFlight, cooldownUntil, RetrainingSchedule } from './domain';
import { RetrainingClock } from './retraining-clock';
import { decisionView, requestView } from './retraining.views';

/** Reads what HTTP shows about a model's retraining; it never changes anything. */
@Injectable()
export class RetrainingStateReader {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MonitoringPolicies) private readonly policies: MonitoringPolicies,
    @Inject(RetrainingClock) private readonly clock: RetrainingClock,
  ) {}

  async decisions(modelName: string, limit: number) {
    const manager = this.dataSource.manager;
    const decisions = await manager.find(RetrainingDecisionRow, {
      where: { modelName },
      order: { decidedAt: 'DESC', seq: 'DESC' },
      take: limit,
    });
    const requestIds = [...new Set(decisions.flatMap((each) => each.trainingRequestId ?? []))];
    const requests = new Map(
      (requestIds.length === 0
        ? []
        : await manager.findBy(RetrainingRequestRow, { requestId: In(requestIds) })
      ).map((request) => [request.requestId, request]),
    );
    return decisions.map((decision) =>
      decisionView(decision, requests.get(decision.trainingRequestId ?? '') ?? null),
    );
  }

  async state(modelName: string) {
    const manager = this.dataSource.manager;
    const policy = this.policies.forModel(modelName).retraining;
    const now = this.clock.now();
    const model = await manager.findOneBy(RetrainingModelRow, { modelName });
    const request = model?.inFlightRequestId
      ? await manager.findOneBy(RetrainingRequestRow, { requestId: model.inFlightRequestId })
      : null;
    const open = request !== null && request.endedAt === null ? request : null;
    const inFlight =
      open &&
      activeInFlight({
        inFlight: {
          requestId: open.requestId,
          requestedAt: open.requestedAt.getTime(),
          trainingRunId: open.trainingRunId,
        },
        policy,
        now,
      });
    const until = cooldownUntil(
      model?.lastRequestedAt?.getTime() ?? null,
      policy.cooldownSeconds,
      now,
    );
    return {
      modelName,
      policy,
      inFlight: inFlight &&
        open && {
          ...requestView(open),
          blocksUntil: new Date(
            open.requestedAt.getTime() + policy.inFlightTimeoutSeconds * 1000,
          ).toISOString(),
        },
      lastRequestedAt: model?.lastRequestedAt?.toISOString() ?? null,
      cooldownUntil: until === null ? null : new Date(until).toISOString(),
      schedule: await this.schedule(modelName, policy.schedule, model, now),
    };
  }

  private async schedule(
    modelName: string,
    expression: string | null,
    model: RetrainingModelRow | null,
    now: number,
  ) {
    if (expression === null) return null;
    const lastFire = await this.dataSource.manager.findOne(RetrainingScheduleFireRow, {
      where: { modelName },
      order: { scheduledFor: 'DESC' },
    });
    let nextFireAt: string | null = null;
    let problem: string | null = null;
    try {
      nextFireAt = new Date(
        RetrainingSchedule.parse(modelName, expression).nextAfter(now),
      ).toISOString();
    } catch (error) {
      problem = (error as Error).message;
    }
    return {
      expression,
      timeZone: 'UTC',
      since: model?.schedule === expression ? (model.scheduleSince?.toISOString() ?? null) : null,
      nextFireAt,
      problem,
      lastFired: lastFire && {
        scheduledFor: lastFire.scheduledFor.toISOString(),
        firedAt: lastFire.firedAt.toISOString(),
        instanceId: lastFire.instanceId,
        decisionId: lastFire.decisionId,
      },
    };
  }
}
