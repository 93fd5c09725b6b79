import { VersionedDocumentStore } from '@loopline/versioned-documents';
import { type DynamicModule, Module } from '@nestjs/common';
import { AliasMover } from './aliases/alias-mover';
import { AliasReader } from './aliases/alias.reader';
import { AliasesController } from './aliases/aliases.controller';
import { AssignAliasHandler } from './aliases/assign-alias.handler';
import { ApprovePromotionHandler } from './approvals/approve-promotion.handler';
import { PromotionDecisionsController } from './approvals/promotion-decisions.controller';
import { RejectPromotionHandler } from './approvals/reject-promotion.handler';
import type { RegistryConfig } from './config/registry.config';
import { GateVerdictApplier } from './gate-verdicts/gate-verdict.applier';
import { GateVerdictProjector } from './gate-verdicts/gate-verdict.projector';
import { LineageController } from './lineage/lineage.controller';
import { LineageProjector } from './lineage/lineage.projector';
import { LineageReader } from './lineage/lineage.reader';
import { EvaluationReportReader } from './model-cards/evaluation-report.reader';
import { ModelCardBuilder } from './model-cards/model-card.builder';
import { ModelCardsController } from './model-cards/model-cards.controller';
import { ModelPolicies } from './model-policies/model-policies';
import { ModelPoliciesController } from './model-policies/model-policies.controller';
import { ModelPolicyRegistrar } from './model-policies/model-policy.registrar';
import { ModelTrainedProjector } from './model-versions/model-trained.projector';
import { ModelVersionReader } from './model-versions/model-version.reader';
import { ModelVersionsController } from './model-versions/model-versions.controller';
import { RegistryProjections } from './projections/registry-projections';
import { RolloutProjector } from './rollouts/rollout.projector';

/**
 * The model registry: model policies, versions, gate verdicts, stages and aliases, approvals,
 * history, lineage and model cards. Its state is built by RegistryProjections, which the audit consumer calls in
 * its inbox transaction; the module is global so that consumer (in AuditLogModule) can reach it.
 */
@Module({})
export class ModelRegistryModule {
  static forRoot(config: RegistryConfig): DynamicModule {
    return {
      module: ModelRegistryModule,
      global: true,
      controllers: [
        ModelVersionsController,
        AliasesController,
        PromotionDecisionsController,
        LineageController,
        ModelCardsController,
        ModelPoliciesController,
      ],
      providers: [
        {
          provide: ModelPolicies,
          useFactory: () => ModelPolicies.load(config.REGISTRY_MODEL_POLICIES_DIR),
        },
        VersionedDocumentStore,
        ModelPolicyRegistrar,
        RegistryProjections,
        ModelTrainedProjector,
        GateVerdictProjector,
        GateVerdictApplier,
        LineageProjector,
        RolloutProjector,
        AliasMover,
        AliasReader,
        AssignAliasHandler,
        ApprovePromotionHandler,
        RejectPromotionHandler,
        ModelVersionReader,
        LineageReader,
        EvaluationReportReader,
        ModelCardBuilder,
      ],
      exports: [RegistryProjections],
    };
  }
}
