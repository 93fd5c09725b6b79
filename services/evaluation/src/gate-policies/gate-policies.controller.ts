import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { CurrentPrincipal, type Principal } from '@loopline/access-control';
import type { GatePolicy } from '@loopline/model-evaluation';
import {
  type DocumentRegistration,
  parseVersionQuery,
  type StoredDocument,
  VersionedDocumentStore,
} from '@loopline/versioned-documents';
import { GatePoliciesErrorCode, policyNotFound } from './gate-policies.errors';
import { GATE_POLICY_KIND } from './gate-policy.kind';

/**
 * Gate policies over HTTP: register a model's policy (201 with a new version, 200 when
 * unchanged, 400 naming every problem), and read them by model and version.
 */
@Controller('gate-policies')
export class GatePoliciesController {
  constructor(private readonly documents: VersionedDocumentStore) {}

  @Put(':modelName')
  async register(
    @Param('modelName') modelName: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
  ): Promise<DocumentRegistration<GatePolicy>> {
    const registered = await this.documents.register(
      GATE_POLICY_KIND,
      body,
      'http',
      principal.name,
      modelName,
    );
    response.status(registered.created ? 201 : 200);
    return registered;
  }

  /** The newest policy of every model. */
  @Get()
  async list(): Promise<{ policies: StoredDocument<GatePolicy>[] }> {
    return { policies: await this.documents.list(GATE_POLICY_KIND) };
  }

  /** The model's newest policy, or version N with `?version=N`. */
  @Get(':modelName')
  async get(
    @Param('modelName') modelName: string,
    @Query('version') versionText?: string,
  ): Promise<StoredDocument<GatePolicy>> {
    const version = parseVersionQuery(versionText, GatePoliciesErrorCode.InvalidQuery);
    const found =
      version === null
        ? await this.documents.newest(GATE_POLICY_KIND, modelName)
        : await this.documents.version(GATE_POLICY_KIND, modelName, version);
    if (found !== null) return found;
    throw policyNotFound(
      version === null
        ? `No gate policy is registered for model ${modelName}; register one with PUT /gate-policies/${modelName}.`
        : `Model ${modelName} has no gate policy version ${version}; see GET /gate-policies/${modelName}/versions.`,
    );
  }

  @Get(':modelName/versions')
  async versions(
    @Param('modelName') modelName: string,
  ): Promise<{ modelName: string; versions: StoredDocument<GatePolicy>[] }> {
    const versions = await this.documents.versions(GATE_POLICY_KIND, modelName);
    if (versions.length === 0)
      throw policyNotFound(
        `No gate policy is registered for model ${modelName}; list them at GET /gate-policies.`,
      );
    return { modelName, versions };
  }
}
