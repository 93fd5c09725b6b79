import {
  parseVersionQuery,
  type StoredDocument,
  VersionedDocumentStore,
} from '@loopline/versioned-documents';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { notFound, RegistryErrorCode } from '../domain/registry-error-code';
import { type ModelPolicyDocument, MODEL_POLICY_KIND } from './model-policy.kind';

/** The registered versions of a model's policy (what ModelPolicyRegistered announced). */
@Controller('model-policies')
export class ModelPoliciesController {
  constructor(private readonly documents: VersionedDocumentStore) {}

  /** The model's newest policy version, or version N with `?version=N`. */
  @Get(':modelName')
  async get(
    @Param('modelName') modelName: string,
    @Query('version') versionText?: string,
  ): Promise<StoredDocument<ModelPolicyDocument>> {
    const version = parseVersionQuery(versionText, RegistryErrorCode.InvalidRequest);
    const found =
      version === null
        ? await this.documents.newest(MODEL_POLICY_KIND, modelName)
        : await this.documents.version(MODEL_POLICY_KIND, modelName, version);
    if (found !== null) return found;
    throw notFound(
      RegistryErrorCode.ModelPolicyNotFound,
      version === null
        ? `${modelName} has no policy file, so it runs on the default policy (an approval is required for production); add model-policies/${modelName}.json to the registry and restart it to register one.`
        : `${modelName} has no policy version ${version}; GET /model-policies/${modelName} shows the newest.`,
      { modelName, version },
    );
  }
}
