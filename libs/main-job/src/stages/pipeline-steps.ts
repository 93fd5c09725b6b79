import { readFile } from 'node:fs/promises';
import { Fatal, type Json, poll, type ServiceClient } from '../http/service-client';

/**
 * The platform's steps as its public HTTP APIs offer them: each either asks for something (an
 * upload, a training request, an approval) or waits for what the services do on their own
 * after an event (a feature set, a run, a verdict, a version, a rollout).
 */
export class PipelineSteps {
  constructor(private readonly http: ServiceClient) {}

  /** Uploads one batch as the data platform does; the answer says versioned or rejected. */
  async upload(dataset: string, file: string, format: 'parquet' | 'csv'): Promise<Json> {
    const { status, body } = await this.http.call(
      'ingestion',
      'POST',
      `/datasets/${dataset}/batches?format=${format}&wait=300`,
      { raw: await readFile(file) },
    );
    if (status >= 500 || (body?.status !== 'versioned' && body?.status !== 'rejected'))
      throw new Error(`upload of ${file} answered ${status}: ${JSON.stringify(body)}`);
    return body;
  }

  /** The view's completed feature set over a dataset version. */
  featureSet(view: string, datasetVersionId: string, timeoutMs = 10 * 60_000): Promise<Json> {
    return poll(
      `a ${view} feature set over dataset version ${datasetVersionId}`,
      async () => {
        const query = `view=${view}&datasetVersionId=${datasetVersionId}&limit=1`;
        const [set] = (await this.http.get('feature-store', `/feature-sets?${query}`)).featureSets;
        if (set?.status === 'failed')
          throw new Fatal(`${view} materialization failed: ${JSON.stringify(set.error)}`);
        return set?.status === 'completed' ? set : undefined;
      },
      { timeoutMs },
    );
  }

  async requestTraining(modelName: string, reason: string): Promise<string> {
    const { status, body } = await this.http.call('training', 'POST', '/training-requests', {
      body: { modelName, reason },
    });
    if (status !== 202)
      throw new Error(`training request answered ${status}: ${JSON.stringify(body)}`);
    return body.requestId;
  }

  /** The model's ended run on a feature set. */
  run(modelName: string, featureSetId: string, timeoutMs = 15 * 60_000): Promise<Json> {
    const filter = encodeURIComponent(
      `attributes.model_name = '${modelName}' and attributes.feature_set_id = '${featureSetId}'`,
    );
    return poll(
      `a ${modelName} run on feature set ${featureSetId}`,
      async () => {
        const path = `/runs?filter=${filter}&orderBy=attributes.created_at%20DESC&limit=1`;
        const [run] = (await this.http.get('training', path)).runs;
        if (run?.status === 'failed')
          throw new Fatal(`${modelName} run ${run.id} failed: ${JSON.stringify(run.error)}`);
        return run?.status === 'succeeded' ? run : undefined;
      },
      { timeoutMs },
    );
  }

  evaluation(trainingRunId: string): Promise<Json> {
    return poll(`the gate verdict on run ${trainingRunId}`, async () => {
      const { evaluations } = await this.http.get(
        'evaluation',
        `/evaluations?trainingRunId=${trainingRunId}`,
      );
      return evaluations[0];
    });
  }

  /** The registry's version of a run, once its gate verdict is recorded. */
  version(modelName: string, trainingRunId: string): Promise<Json> {
    return poll(`the registry's version of run ${trainingRunId}`, async () => {
      const { versions } = await this.http.get('registry', `/models/${modelName}/versions`);
      const found = versions.find((each: Json) => each.trainingRunId === trainingRunId);
      return found?.gate.status === 'pending' ? undefined : found;
    });
  }

  /**
   * An approver's decision for production. A version whose gate failed is approved only with
   * an override and the reason, which the PromotionApproved event keeps.
   */
  async approve(modelName: string, version: Json, overrideReason: string): Promise<Json> {
    const passed = version.gate.status === 'passed';
    const { status, body } = await this.http.call(
      'registry',
      'POST',
      `/models/${modelName}/versions/${version.version}/approvals`,
      {
        role: 'approver',
        body: passed
          ? { targetAlias: 'production', comment: 'gate passed' }
          : { targetAlias: 'production', overrideFailedGate: true, comment: overrideReason },
      },
    );
    if (status !== 201) throw new Error(`approval answered ${status}: ${JSON.stringify(body)}`);
    return body.decision;
  }

  /** The rollout of a run once it ended (completed or rolled back). */
  rollout(modelName: string, trainingRunId: string, timeoutMs = 10 * 60_000): Promise<Json> {
    return poll(
      `the rollout of ${modelName} run ${trainingRunId} to end`,
      async () => {
        const { rollouts } = await this.http.get(
          'deployment',
          `/v1/rollouts?modelName=${modelName}`,
        );
        const rollout = rollouts.find(
          (each: Json) => each.candidate.trainingRunId === trainingRunId,
        );
        return rollout && rollout.state !== 'warming' && rollout.state !== 'in_progress'
          ? rollout
          : undefined;
      },
      { timeoutMs },
    );
  }

  /** The input signature deployment serves for a model. */
  async signature(modelName: string): Promise<Json> {
    return (await this.http.get('deployment', `/v1/models/${modelName}`)).signature;
  }
}
