import { OutboxWriter } from '@loopline/messaging';
import { VersionedDocumentRow, VersionedDocumentStore } from '@loopline/versioned-documents';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REGISTRY_SERVICE_NAME } from '../config/registry.config';
import { ModelPolicies } from './model-policies';
import type { ModelPolicy } from './model-policy';
import { MODEL_POLICY_KIND, modelPolicyDocument } from './model-policy.kind';

/**
 * Registers every model policy file at start-up as a versioned document and publishes each new
 * version as ModelPolicyRegistered, which tells deployment whether a passed gate or an approval
 * starts a rollout. The version and its event commit in one transaction, so a version is never
 * stored without being published (nor the other way round); an unchanged file is a no-op, so a
 * restart publishes nothing.
 */
@Injectable()
export class ModelPolicyRegistrar implements OnApplicationBootstrap {
  private readonly logger = new Logger(ModelPolicyRegistrar.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: ModelPolicies,
    private readonly documents: VersionedDocumentStore,
    private readonly outbox: OutboxWriter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const policy of this.policies.documented()) {
      const version = await this.register(policy);
      if (version !== null) this.logger.log(`registered ${policy.modelName} policy v${version}`);
    }
  }

  /** The new version number, or null when the policy equals the newest version. */
  private register(policy: ModelPolicy): Promise<number | null> {
    const document = modelPolicyDocument(policy);
    const sha256 = MODEL_POLICY_KIND.sha256(document);
    const name = policy.modelName;
    return this.dataSource.transaction(async (manager) => {
      // The lock the document store takes for one name: replicas starting together take turns,
      // so the second finds the first's version and publishes nothing.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `${MODEL_POLICY_KIND.kind}:${name}`,
      ]);
      const newest = await this.documents.newest(MODEL_POLICY_KIND, name, manager);
      if (newest?.sha256 === sha256) return null;
      const version = (newest?.version ?? 0) + 1;
      const registeredAt = new Date();
      await manager.insert(VersionedDocumentRow, {
        kind: MODEL_POLICY_KIND.kind,
        name,
        version,
        sha256,
        document,
        source: 'file',
        registeredBy: REGISTRY_SERVICE_NAME,
        registeredAt,
      });
      await this.outbox.enqueue(manager, 'ModelPolicyRegistered', {
        modelName: name,
        policyVersion: version,
        policySha256: sha256,
        approvalRequiredFor: policy.approval.requiredFor,
        owners: policy.owners,
        registeredAt: registeredAt.getTime(),
      });
      return version;
    });
  }
}
