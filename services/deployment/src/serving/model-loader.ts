import { ArtifactStore } from '@loopline/artifacts';
import { fetchModelFiles, ScoringModel, selectBackend } from '@loopline/model-training';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { type DeployableModel, describeModel } from '../projections/deployable-model';
import { OnlineFeatures } from './online-features';
import { ServedModel } from './served-model';
import { ServedSignatures } from './served-signatures';
import { ServingMetrics } from './serving-metrics';

/**
 * Loads model versions for serving, each once per process: the artifact's files fetched into
 * memory and checked against their sha256, the model built with its own transform. Versions no
 * endpoint needs any more are disposed after a grace period, so requests already holding them
 * finish.
 */
@Injectable()
export class ModelLoader {
  private readonly logger = new Logger(ModelLoader.name);
  private readonly loaded = new Map<string, Promise<ServedModel>>();
  private backend?: Promise<unknown>;

  constructor(
    private readonly artifacts: ArtifactStore,
    private readonly online: OnlineFeatures,
    private readonly metrics: ServingMetrics,
    private readonly signatures: ServedSignatures,
    @Inject(DEPLOYMENT_SETTINGS) private readonly settings: DeploymentSettings,
  ) {}

  /** The served model of a version, loading it on first use. A failed load is retried next time. */
  load(descriptor: DeployableModel): Promise<ServedModel> {
    const key = descriptor.trainingRunId;
    let loading = this.loaded.get(key);
    if (loading === undefined) {
      loading = this.build(descriptor);
      this.loaded.set(key, loading);
      loading.catch(() => this.loaded.delete(key));
    }
    return loading;
  }

  /** Disposes every loaded version not among `keep` (training run ids), after `graceMs`. */
  retain(keep: ReadonlySet<string>, graceMs = 30_000): void {
    for (const [key, loading] of this.loaded) {
      if (keep.has(key)) continue;
      this.loaded.delete(key);
      setTimeout(() => {
        loading.then((model) => model.dispose()).catch(() => undefined);
      }, graceMs).unref();
    }
  }

  private async build(descriptor: DeployableModel): Promise<ServedModel> {
    const started = performance.now();
    this.backend ??= selectBackend(this.settings.backend);
    await this.backend;
    const files = await fetchModelFiles(this.artifacts, descriptor.artifact);
    const model = await ScoringModel.load(files);
    const labels = {
      model: descriptor.modelName,
      version: String(descriptor.modelVersion ?? 'none'),
    };
    const served = new ServedModel(
      descriptor,
      model,
      {
        maxBatchSize: this.settings.serving.maxBatchSize,
        maxWaitMs: this.settings.serving.maxBatchWaitMs,
        onBatch: (rows) => this.metrics.batchSize.observe(labels, rows),
      },
      (name, version, entity) => this.online.lookup(name, version, entity),
    );
    this.signatures.remember(descriptor.trainingRunId, {
      inputs: model.transform.inputColumns,
      outputs: model.signature.outputs,
    });
    this.logger.log(
      `loaded ${describeModel(descriptor)} (${files.sizeBytes} bytes, sha256-verified) in ${Math.round(performance.now() - started)} ms`,
    );
    return served;
  }
}
