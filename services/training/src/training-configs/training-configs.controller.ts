import { CurrentPrincipal, type Principal } from '@loopline/access-control';
import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import type { StoredTrainingConfig, TrainingConfigRegistration } from './stored-training-config';
import { TrainingConfigRegistry } from './training-config.registry';
import { parseVersionQuery } from '@loopline/versioned-documents';
import { configNotFound, TrainingConfigsErrorCode } from './training-configs.errors';

/**
 * Training configurations over HTTP: register a model's configuration (201 with a new version,
 * 200 when unchanged, 400 naming every problem), and read them by model and version.
 */
@Controller('training-configs')
export class TrainingConfigsController {
  constructor(private readonly registry: TrainingConfigRegistry) {}

  @Put(':modelName')
  async register(
    @Param('modelName') modelName: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
    @CurrentPrincipal() principal: Principal,
  ): Promise<TrainingConfigRegistration> {
    const registered = await this.registry.register(body, 'http', principal.name, modelName);
    response.status(registered.created ? 201 : 200);
    return registered;
  }

  /** The newest configuration of every model. */
  @Get()
  async list(): Promise<{ configs: StoredTrainingConfig[] }> {
    return { configs: await this.registry.list() };
  }

  /** The model's newest configuration, or version N with `?version=N`. */
  @Get(':modelName')
  async get(
    @Param('modelName') modelName: string,
    @Query('version') versionText?: string,
  ): Promise<StoredTrainingConfig> {
    const version = parseVersionQuery(versionText, TrainingConfigsErrorCode.InvalidQuery);
    const found =
      version === null
        ? await this.registry.newest(modelName)
        : await this.registry.version(modelName, version);
    if (found !== null) return found;
    throw configNotFound(
      version === null
        ? `No training configuration is registered for model ${modelName}; list them at GET /training-configs, or register one with PUT /training-configs/${modelName}.`
        : `Model ${modelName} has no training configuration version ${version}; see GET /training-configs/${modelName}/versions.`,
    );
  }

  /** Every configuration version of one model, newest first. */
  @Get(':modelName/versions')
  async versions(
    @Param('modelName') modelName: string,
  ): Promise<{ modelName: string; versions: StoredTrainingConfig[] }> {
    const versions = await this.registry.versions(modelName);
    if (versions.length === 0)
      throw configNotFound(
        `No training configuration is registered for model ${modelName}; list them at GET /training-configs.`,
      );
    return { modelName, versions };
  }
}
