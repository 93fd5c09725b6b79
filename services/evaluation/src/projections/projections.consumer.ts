import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { EvaluationProjections } from './evaluation-projections';

/** Keeps the evaluation service's projections of feature sets, model versions and aliases. */
@Controller()
export class ProjectionsConsumer {
  constructor(
    private readonly inbox: Inbox,
    private readonly projections: EvaluationProjections,
  ) {}

  @ConsumeEvent('FeatureSetMaterialized')
  async featureSet(@Payload() event: ConsumedEvent<'FeatureSetMaterialized'>): Promise<void> {
    await this.inbox.runOnce(event, (manager) =>
      this.projections.recordFeatureSet(manager, event.payload),
    );
  }

  @ConsumeEvent('ModelVersionRegistered')
  async modelVersion(@Payload() event: ConsumedEvent<'ModelVersionRegistered'>): Promise<void> {
    await this.inbox.runOnce(event, (manager) =>
      this.projections.recordModelVersion(manager, event.payload),
    );
  }

  @ConsumeEvent('ModelAliasAssigned')
  async alias(@Payload() event: ConsumedEvent<'ModelAliasAssigned'>): Promise<void> {
    await this.inbox.runOnce(event, (manager) =>
      this.projections.recordAlias(manager, event.payload),
    );
  }
}
