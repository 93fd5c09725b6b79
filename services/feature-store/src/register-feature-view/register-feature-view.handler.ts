import { ArtifactStore } from '@loopline/artifacts';
import type { FeatureViewRegistered } from '@loopline/contracts';
import {
  canonicalDefinitionJson,
  definitionSha256,
  describeFeatureOutputs,
  type FeatureViewDefinition,
  parseFeatureViewDefinition,
} from '@loopline/features';
import { OutboxWriter } from '@loopline/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  FEATURE_STORE_SETTINGS,
  type FeatureStoreSettings,
} from '../config/feature-store.settings';
import { DatasetVersionStore } from '../database/dataset-version.store';
import { FeatureViewStore } from '../database/feature-view.store';
import { MaterializationRequester } from '../materialize-feature-set/materialization.requester';

export interface FeatureViewRegistration {
  name: string;
  version: number;
  sha256: string;
  /** False when the definition equals the newest version's (nothing new happened). */
  created: boolean;
  /** The feature set queued over the dataset's newest version, when a new version found data. */
  featureSetId: string | null;
}

export interface RegistrationProvenance {
  source: string;
  registeredBy: string;
  correlationId?: string;
}

const DEFINITION_MEDIA_TYPE = 'application/json';

/**
 * Registers a feature view definition: one that differs from the view's newest version becomes
 * the next version, stored and announced with FeatureViewRegistered; one equal to the newest
 * (whatever its formatting) is a no-op. A new version is materialized over the newest version of
 * its dataset, if one has arrived. Versions are never edited, so a feature set always says
 * exactly which transforms made it.
 */
@Injectable()
export class RegisterFeatureViewHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: FeatureViewStore,
    private readonly datasets: DatasetVersionStore,
    private readonly requester: MaterializationRequester,
    private readonly outbox: OutboxWriter,
    private readonly artifacts: ArtifactStore,
    @Inject(FEATURE_STORE_SETTINGS) private readonly settings: FeatureStoreSettings,
  ) {}

  async register(
    json: unknown,
    provenance: RegistrationProvenance,
  ): Promise<FeatureViewRegistration> {
    const definition = parseFeatureViewDefinition(json);
    const sha256 = definitionSha256(definition);
    // Stored before the transaction: content-addressed, so a rolled-back registration leaves
    // only an unreferenced copy that the next attempt reuses.
    const stored = await this.artifacts.putContentAddressed(
      this.settings.bucket,
      Buffer.from(canonicalDefinitionJson(definition)),
      { contentType: DEFINITION_MEDIA_TYPE, metadata: { 'feature-view': definition.name } },
    );
    return this.dataSource.transaction(async (manager) => {
      await this.views.lockName(manager, definition.name);
      const latest = await this.views.latest(manager, definition.name);
      if (latest?.sha256 === sha256) {
        const unchanged = { name: latest.name, version: latest.version, sha256, created: false };
        return { ...unchanged, featureSetId: null };
      }
      const version = (latest?.version ?? 0) + 1;
      const registeredAt = new Date();
      const registered = {
        name: definition.name,
        version,
        sha256,
        definition,
        definitionUri: stored.uri,
        source: provenance.source,
        registeredBy: provenance.registeredBy,
        registeredAt,
      };
      await this.views.insert(manager, registered);
      const event = registeredEvent(definition, version, registeredAt, {
        ...stored,
        mediaType: DEFINITION_MEDIA_TYPE,
      });
      await this.outbox.enqueue(manager, 'FeatureViewRegistered', event, {
        correlationId: provenance.correlationId,
      });
      // A new version over data that is already here is materialized at once, as new data would be.
      const data = await this.datasets.latest(manager, definition.source.dataset);
      const requested =
        data === null
          ? null
          : await this.requester.request(manager, registered, data, {
              correlationId: provenance.correlationId,
            });
      return {
        name: definition.name,
        version,
        sha256,
        created: true,
        featureSetId: requested?.featureSet.id ?? null,
      };
    });
  }
}

function registeredEvent(
  definition: FeatureViewDefinition,
  version: number,
  registeredAt: Date,
  transformSpec: FeatureViewRegistered['transformSpec'],
): FeatureViewRegistered {
  return {
    featureViewName: definition.name,
    featureViewVersion: version,
    sourceDatasetName: definition.source.dataset,
    entityKeys: definition.entity === null ? [] : [definition.entity.column],
    timestampColumn: definition.eventTime?.column ?? null,
    labelColumn: definition.label?.column ?? null,
    features: describeFeatureOutputs(definition),
    transformSpec,
    owner: definition.owner,
    registeredAt: registeredAt.getTime(),
  };
}
