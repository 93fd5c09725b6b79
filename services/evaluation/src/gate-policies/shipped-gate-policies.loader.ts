import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { readShippedDocuments, VersionedDocumentStore } from '@loopline/versioned-documents';
import { EVALUATION_SERVICE_NAME } from '../config/evaluation.config';
import { EVALUATION_SETTINGS, type EvaluationSettings } from '../config/evaluation.settings';
import { GatePoliciesErrorCode } from './gate-policies.errors';
import { GATE_POLICY_KIND } from './gate-policy.kind';

/**
 * Registers the policy files of EVALUATION_GATE_POLICIES_DIR (`<model name>.json`) at start-up:
 * an unchanged file is a no-op, an edited one becomes the model's next version, and a bad one
 * stops the start naming every problem.
 */
@Injectable()
export class ShippedGatePoliciesLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(ShippedGatePoliciesLoader.name);

  constructor(
    @Inject(EVALUATION_SETTINGS) private readonly settings: EvaluationSettings,
    private readonly documents: VersionedDocumentStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dir = this.settings.gatePoliciesDir;
    const files = await readShippedDocuments(
      dir,
      GATE_POLICY_KIND,
      GatePoliciesErrorCode.InvalidShippedPolicy,
    );
    if (files === null) {
      this.logger.warn(`${dir} cannot be read; no gate policies are shipped`);
      return;
    }
    for (const file of files) {
      const registered = await this.documents.register(
        GATE_POLICY_KIND,
        file.json,
        'file',
        EVALUATION_SERVICE_NAME,
        file.name,
      );
      if (registered.created)
        this.logger.log(`registered ${registered.name} v${registered.version} from ${file.path}`);
    }
  }
}
