import type { ServiceIdentity } from '@loopline/service-runtime';
import { VersionedDocumentRow } from '@loopline/versioned-documents';
import { AuditCheckpointRow } from './audit-checkpoint.row';
import { AliasMoveRow } from './alias-move.row';
import { AuditEntryRow } from './audit-entry.row';
import { DatasetVersionRow } from './dataset-version.row';
import { FeatureSetRow } from './feature-set.row';
import { GateVerdictRow } from './gate-verdict.row';
import { ModelAliasRow } from './model-alias.row';
import { ModelVersionCounterRow } from './model-version-counter.row';
import { ModelVersionRow } from './model-version.row';
import { PromotionDecisionRow } from './promotion-decision.row';

/**
 * TypeORM entities of the registry service; they never leave `database/`. The outbox and
 * inbox entities are added by the service runtime; VersionedDocumentRow (the model policies) is
 * the versioned-documents library's.
 */
export const REGISTRY_ENTITIES: ServiceIdentity['entities'] = [
  AuditEntryRow,
  AuditCheckpointRow,
  ModelVersionCounterRow,
  ModelVersionRow,
  GateVerdictRow,
  ModelAliasRow,
  AliasMoveRow,
  PromotionDecisionRow,
  DatasetVersionRow,
  FeatureSetRow,
  VersionedDocumentRow,
];
