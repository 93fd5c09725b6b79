import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  freePort,
  VEGA_DATA,
  ServiceProcess,
  ServiceWorld,
  TEST_PRINCIPALS,
  uniqueName,
  waitFor,
} from '@loopline/testing';

// HTTP bodies are arbitrary JSON; each test names the fields it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export const MODEL = 'seattle-weather';

/** A canary small enough to finish in seconds under the test's load. */
export const TEST_DEPLOYMENT_POLICY = {
  format: 'loopline.deployment-policy/v1',
  modelName: MODEL,
  strategy: 'canary',
  canary: {
    steps: [
      { trafficPercent: 30, minRequests: 40, minDurationSeconds: 1 },
      { trafficPercent: 60, minRequests: 40, minDurationSeconds: 1 },
      { trafficPercent: 100, minRequests: 20, minDurationSeconds: 0 },
    ],
  },
  shadow: { mirrorPercent: 100, minRequests: 80, minDurationSeconds: 1, minAgreement: 0.5 },
  blueGreen: { warmupRequests: 50, maxWarmupP99LatencyMs: 1000 },
  guardrails: {
    error_rate_increase: 0.02,
    p95_latency_increase_ms: 40,
    prediction_psi: 5,
  },
  maxStepSeconds: 120,
};

/**
 * The path from data to served predictions on the real stack: ingestion, the feature store,
 * training, evaluation, the registry and deployment, meeting only on Kafka. The registry's
 * policy lets a passed gate roll the weather model out without an approver; deployment runs
 * with fault injection on, to rehearse guardrails.
 */
export class DeploymentTestWorld extends ServiceWorld {
  private deploymentPolicies = '';

  static async start(): Promise<DeploymentTestWorld> {
    const scratch = (label: string) => join('/tmp', uniqueName(`deployment-it-${label}`));
    const registryPolicies = scratch('model-policies');
    const deploymentPolicies = scratch('deployment-policies');
    await mkdir(registryPolicies, { recursive: true });
    await mkdir(deploymentPolicies, { recursive: true });
    await writeFile(
      join(registryPolicies, `${MODEL}.json`),
      JSON.stringify({
        format: 'loopline.model-policy/v1',
        modelName: MODEL,
        intendedUse: 'Deployment integration tests.',
        limitations: ['Test model.'],
        owners: ['tests@loopline.example'],
        approval: { requiredFor: [] },
      }),
    );
    await writeFile(
      join(deploymentPolicies, `${MODEL}.json`),
      JSON.stringify(TEST_DEPLOYMENT_POLICY),
    );
    const world = new DeploymentTestWorld('deployment-it');
    world.deploymentPolicies = deploymentPolicies;
    return world.start(
      [
        { name: 'ingestion', env: { INGESTION_WORK_DIR: scratch('ingestion') } },
        { name: 'feature-store', env: { FEATURE_STORE_WORK_DIR: scratch('features') } },
        {
          name: 'training',
          env: { TRAINING_BACKEND: 'wasm', TRAINING_WORK_DIR: scratch('training') },
        },
        {
          name: 'evaluation',
          env: { EVALUATION_BACKEND: 'wasm', EVALUATION_WORK_DIR: scratch('evaluation') },
        },
        { name: 'registry', env: { REGISTRY_MODEL_POLICIES_DIR: registryPolicies } },
        {
          name: 'deployment',
          env: deploymentEnv(deploymentPolicies, scratch('deployment')),
        },
      ],
      [
        'ModelTrained',
        'ModelGatePassed',
        'ModelGateFailed',
        'ModelVersionRegistered',
        'ModelAliasAssigned',
        'RolloutStarted',
        'RolloutStepCompleted',
        'RolloutCompleted',
        'RolloutRolledBack',
        'PredictionsLogged',
      ],
    );
  }

  /**
   * Another replica of the deployment service on the same schema and topics (its own port and
   * instance id), as a second pod would be.
   */
  async startSecondDeployment(): Promise<ServiceProcess> {
    const replica = new ServiceProcess('deployment', await freePort(), {
      KAFKA_TOPIC_PREFIX: this.prefix,
      DATABASE_SCHEMA: this.schemaOf('deployment'),
      DATABASE_POOL_SIZE: '4',
      LOG_LEVEL: 'warn',
      ...deploymentEnv(this.deploymentPolicies, join('/tmp', uniqueName('deployment-it-replica'))),
      DEPLOYMENT_INSTANCE_ID: 'replica-2',
    }).start();
    await replica.waitUntilReady();
    return replica;
  }

  /** Puts a gate policy the shipped weather training passes. */
  async lenientGate(): Promise<void> {
    const put = await this.request('evaluation', 'PUT', `/gate-policies/${MODEL}`, {
      format: 'loopline.gate-policy/v1',
      modelName: MODEL,
      description: 'deployment integration tests',
      seed: 7,
      checks: [
        {
          kind: 'threshold',
          name: 'min_accuracy',
          metric: 'accuracy',
          comparator: 'gte',
          threshold: 0.3,
        },
      ],
    });
    if (![200, 201].includes(put.status)) throw new Error(JSON.stringify(put.body));
  }

  /** Trains a new weather model and waits for its gate to pass; its training run id. */
  async trainPassingModel(): Promise<string> {
    const seen = new Set(this.eventsOf('ModelTrained').map((e) => e.payload.lineage.trainingRunId));
    const response = await this.request('training', 'POST', '/training-requests', {
      modelName: MODEL,
      reason: 'deployment integration test',
      configOverrides: {},
    });
    if (response.status !== 202) throw new Error(JSON.stringify(response.body));
    const trained = await this.waitForEvent(
      'ModelTrained',
      (p) => p.modelName === MODEL && !seen.has(p.lineage.trainingRunId),
      3 * 60_000,
    );
    const run = trained.payload.lineage.trainingRunId;
    await this.waitForEvent('ModelGatePassed', (p) => p.lineage.trainingRunId === run, 3 * 60_000);
    return run;
  }

  /** The version number the registry gave a training run. */
  async versionOf(trainingRunId: string): Promise<number> {
    const registered = await this.waitForEvent(
      'ModelVersionRegistered',
      (p) => p.lineage.trainingRunId === trainingRunId,
    );
    return registered.payload.modelVersion;
  }

  /**
   * Until the registry's production alias names what deployment serves: the registry moves it
   * when it has read the rollout's events, which can trail the switch itself under load.
   */
  async registryFollowed(): Promise<void> {
    await waitFor(
      async () => {
        const status = await this.request('deployment', 'GET', `/v1/models/${MODEL}`);
        const run = status.body?.stable?.trainingRunId;
        if (!run) return false;
        const aliases = await this.request('registry', 'GET', `/models/${MODEL}/aliases`);
        return aliases.body?.aliases?.production === (await this.versionOf(run));
      },
      { timeoutMs: 90_000, description: "the registry's production alias to follow deployment" },
    );
  }

  predict(instances: Json[], headers: Record<string, string> = TEST_PRINCIPALS.viewer.headers) {
    return this.request(
      'deployment',
      'POST',
      `/v1/models/${MODEL}/predict`,
      { instances },
      headers,
    );
  }

  /** Until the endpoint serves `trainingRunId` as its stable version. */
  servedBy(trainingRunId: string, timeoutMs = 60_000): Promise<Json> {
    return waitFor(
      async () => {
        const status = await this.request('deployment', 'GET', `/v1/models/${MODEL}`);
        return status.status === 200 && status.body.stable?.trainingRunId === trainingRunId
          ? status.body
          : false;
      },
      { timeoutMs, description: `${MODEL} served by run ${trainingRunId}` },
    );
  }
}

function deploymentEnv(policiesDir: string, workDir: string): Record<string, string> {
  return {
    DEPLOYMENT_BACKEND: 'wasm',
    DEPLOYMENT_POLICIES_DIR: policiesDir,
    DEPLOYMENT_WORK_DIR: workDir,
    SERVING_FAULT_INJECTION: 'true',
    ROLLOUT_TICK_INTERVAL_MS: '100',
    PREDICTION_LOG_FLUSH_INTERVAL_MS: '500',
  };
}

/** Weather rows as a caller sends them: the model's raw inputs, not the label. */
export async function weatherInstances(count: number): Promise<Json[]> {
  const text = await readFile(join(VEGA_DATA, 'seattle-weather.csv'), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const names = header.split(',');
  return lines.slice(0, count).map((line) => {
    const cells = line.split(',');
    const row: Json = {};
    names.forEach((name, i) => {
      if (name !== 'weather') row[name] = name === 'date' ? cells[i] : Number(cells[i]);
    });
    return row;
  });
}

/**
 * Sends single-instance predictions from `concurrency` loops until `stop` resolves; counts
 * answers by status and by who served them.
 */
export class LoadGenerator {
  readonly statuses = new Map<number, number>();
  readonly servedBy = new Map<string, number>();
  readonly versions = new Map<string, number>();
  private stopped = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly world: DeploymentTestWorld,
    private readonly instances: Json[],
    /** Another replica to send to; the world's deployment service when absent. */
    private readonly replica?: ServiceProcess,
  ) {}

  start(concurrency: number): this {
    for (let loop = 0; loop < concurrency; loop++) this.loops.push(this.run(loop));
    return this;
  }

  get total(): number {
    return [...this.statuses.values()].reduce((a, b) => a + b, 0);
  }

  get failures(): number {
    return [...this.statuses].filter(([status]) => status !== 200).reduce((a, [, n]) => a + n, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  private async run(loop: number): Promise<void> {
    for (let i = loop; !this.stopped; i++) {
      const instances = [this.instances[i % this.instances.length]];
      const response = await (
        this.replica ? predictAt(this.replica.url, instances) : this.world.predict(instances)
      ).catch(() => ({ status: 0, body: null }));
      this.statuses.set(response.status, (this.statuses.get(response.status) ?? 0) + 1);
      if (response.status === 200) {
        const by = response.body.servedBy as string;
        this.servedBy.set(by, (this.servedBy.get(by) ?? 0) + 1);
        const run = response.body.trainingRunId as string;
        this.versions.set(run, (this.versions.get(run) ?? 0) + 1);
      }
    }
  }
}

async function predictAt(
  baseUrl: string,
  instances: Json[],
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${baseUrl}/v1/models/${MODEL}/predict`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...TEST_PRINCIPALS.viewer.headers },
    body: JSON.stringify({ instances }),
  });
  return { status: response.status, body: await response.json() };
}
