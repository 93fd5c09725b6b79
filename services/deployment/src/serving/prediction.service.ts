import { randomUUID } from 'node:crypto';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { RawBatch } from '@loopline/features';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DEPLOYMENT_SETTINGS, type DeploymentSettings } from '../config/deployment.settings';
import { PredictionLog } from '../prediction-logs';
import type { EndpointRoute } from './endpoint-route';
import { EndpointRoutes } from './endpoint-routes';
import type { InstancePrediction, PredictionResponse } from './prediction-response';
import { type Instance, instancesOf } from './prediction-request';
import { RecentRequests } from './recent-requests';
import { outputBinOf, RolloutObservationRecorder } from './rollout-observation.recorder';
import type { ServedModel } from './served-model';
import { type FaultRole, ServingFaults } from './serving-faults';
import { ServingMetrics } from './serving-metrics';

export const ServingErrorCode = {
  NotServed: 'DEPLOYMENT.MODEL_NOT_SERVED',
  InjectedFault: 'DEPLOYMENT.INJECTED_FAULT',
} as const;

interface Answer {
  outputs: Float32Array;
  latencyMs: number;
}

/**
 * The prediction path: route the request (stable, or the canary candidate for its share),
 * check and score its instances through the micro-batcher, answer, then, off the answer's path,
 * count it for the rollout, log it, and mirror it to a shadow candidate.
 */
@Injectable()
export class PredictionService {
  private readonly logger = new Logger(PredictionService.name);

  constructor(
    private readonly routes: EndpointRoutes,
    private readonly recent: RecentRequests,
    private readonly recorder: RolloutObservationRecorder,
    private readonly faults: ServingFaults,
    private readonly metrics: ServingMetrics,
    private readonly log: PredictionLog,
    @Inject(DEPLOYMENT_SETTINGS) private readonly settings: DeploymentSettings,
  ) {}

  async predict(name: string, body: unknown, receivedAt: number): Promise<PredictionResponse> {
    const route = this.routes.find(name);
    const servedByCandidate =
      route?.candidateMode === 'canary' &&
      route.candidate !== null &&
      Math.random() * 100 < route.trafficPercent;
    const model = servedByCandidate ? route.candidate : route?.stable;
    if (!route || !model) throw notServed(name, route);
    const role: FaultRole = servedByCandidate ? 'challenger' : 'champion';
    const instances = instancesOf(body, this.settings.serving.maxInstancesPerRequest);
    const batch = model.toBatch(instances);
    const answer = await this.answer(route, model, role, () => model.score(batch), receivedAt);
    this.recent.record(route.endpointName, instances);
    const requestId = randomUUID();
    const predictions = this.describe(model, answer.outputs, instances.length);
    this.logAll(route, model, role, requestId, batch, predictions, answer, receivedAt);
    if (
      route.candidateMode === 'shadow' &&
      route.candidate &&
      Math.random() * 100 < route.trafficPercent
    )
      void this.mirror(
        route,
        route.candidate,
        instances,
        answer.outputs,
        model,
        requestId,
        receivedAt,
      );
    return {
      requestId,
      modelName: model.descriptor.modelName,
      modelVersion: model.descriptor.modelVersion,
      trainingRunId: model.descriptor.trainingRunId,
      servedBy: role === 'challenger' ? 'challenger' : 'champion',
      predictions,
    };
  }

  /** Scores with the role's injected faults, counting the outcome for metrics and the rollout. */
  private async answer(
    route: EndpointRoute,
    model: ServedModel,
    role: FaultRole,
    score: () => Promise<Float32Array>,
    startedAt: number,
  ): Promise<Answer> {
    const labels = {
      model: model.descriptor.modelName,
      version: String(model.descriptor.modelVersion ?? 'none'),
      role,
    };
    const key = route.rolloutId
      ? { rolloutId: route.rolloutId, stepIndex: route.stepIndex, role }
      : null;
    try {
      const fault = this.faults.get(route.endpointName, role);
      if (fault?.addedLatencyMs)
        await new Promise((resolve) => setTimeout(resolve, fault.addedLatencyMs));
      if (fault && Math.random() < fault.errorRate)
        throw new PlatformError(
          ServingErrorCode.InjectedFault,
          `An injected fault failed this request (${role} of ${route.endpointName}); clear it with PUT /v1/models/${route.modelName}/faults.`,
          { kind: ErrorKind.Internal },
        );
      const outputs = await score();
      const latencyMs = performance.now() - startedAt;
      this.metrics.requests.inc(labels);
      this.metrics.latency.observe(labels, latencyMs / 1000);
      if (key)
        this.recorder.record(key, model.outputBinCount, {
          latencyMs,
          error: false,
          bin: outputBinOf(outputs.subarray(0, model.outputWidth), model.task),
        });
      return { outputs, latencyMs };
    } catch (error) {
      const latencyMs = performance.now() - startedAt;
      this.metrics.errors.inc({ ...labels, code: (error as PlatformError).code ?? 'UNEXPECTED' });
      if (key)
        this.recorder.record(key, model.outputBinCount, { latencyMs, error: true, bin: null });
      throw error;
    }
  }

  private describe(model: ServedModel, outputs: Float32Array, rows: number): InstancePrediction[] {
    const width = model.outputWidth;
    const labels = model.model.signature.classLabels;
    const out: InstancePrediction[] = [];
    for (let row = 0; row < rows; row++) {
      const own = outputs.subarray(row * width, (row + 1) * width);
      const prediction: InstancePrediction = {
        predictionId: randomUUID(),
        prediction: model.predictionOf(own),
      };
      if (labels && model.task === 'binary_classification')
        prediction.probabilities = { [labels[0]]: 1 - own[0], [labels[1]]: own[0] };
      else if (labels && model.task === 'multiclass_classification')
        prediction.probabilities = Object.fromEntries(labels.map((label, i) => [label, own[i]]));
      out.push(prediction);
    }
    return out;
  }

  /** The shadow candidate scores the same instances; its answers are compared, never returned. */
  private async mirror(
    route: EndpointRoute,
    shadow: ServedModel,
    instances: readonly Instance[],
    returned: Float32Array,
    returnedBy: ServedModel,
    requestId: string,
    receivedAt: number,
  ): Promise<void> {
    const startedAt = performance.now();
    try {
      const batch = shadow.toBatch(instances);
      const answer = await this.answer(
        route,
        shadow,
        'shadow',
        async () => shadow.score(batch),
        startedAt,
      );
      const key = {
        rolloutId: route.rolloutId as string,
        stepIndex: route.stepIndex,
        role: 'shadow' as const,
      };
      for (let row = 0; row < instances.length; row++) {
        const ours = shadow.predictionOf(
          answer.outputs.subarray(row * shadow.outputWidth, (row + 1) * shadow.outputWidth),
        );
        const theirs = returnedBy.predictionOf(
          returned.subarray(row * returnedBy.outputWidth, (row + 1) * returnedBy.outputWidth),
        );
        this.recorder.recordAgreement(key, shadow.outputBinCount, agrees(ours, theirs));
      }
      const predictions = this.describe(shadow, answer.outputs, instances.length);
      this.logAll(route, shadow, 'shadow', requestId, batch, predictions, answer, receivedAt);
    } catch (error) {
      // Counted as a shadow error by answer(); the caller already has its answer.
      this.logger.debug(
        `shadow ${shadow.descriptor.trainingRunId} failed: ${(error as Error).message}`,
      );
    }
  }

  private logAll(
    route: EndpointRoute,
    model: ServedModel,
    role: FaultRole,
    requestId: string,
    batch: RawBatch,
    predictions: readonly InstancePrediction[],
    answer: Answer,
    receivedAt: number,
  ): void {
    const { descriptor } = model;
    const width = model.outputWidth;
    const requestTime = Date.now() - Math.round(performance.now() - receivedAt);
    predictions.forEach((prediction, row) => {
      this.log.record({
        predictionId: prediction.predictionId,
        requestId,
        requestTime,
        endpointName: route.endpointName,
        modelName: descriptor.modelName,
        modelVersion: descriptor.modelVersion,
        trainingRunId: descriptor.trainingRunId,
        role,
        rolloutId: route.rolloutId,
        inputs: rowOf(batch, row),
        outputs: Array.from(answer.outputs.subarray(row * width, (row + 1) * width)),
        prediction: prediction.prediction,
        latencyMs: answer.latencyMs,
      });
    });
  }
}

/**
 * One row as the model saw it, for the log: timestamps parsed to epoch milliseconds and the
 * online inputs joined, so monitoring compares what was scored with what was trained on.
 */
function rowOf(batch: RawBatch, row: number): Record<string, number | string | null> {
  const values: Record<string, number | string | null> = {};
  for (const [name, column] of Object.entries(batch.columns)) {
    if (column.type !== 'categorical') values[name] = column.values[row];
    else values[name] = column.codes[row] < 0 ? null : column.dictionary[column.codes[row]];
  }
  return values;
}

/** Regression answers agree within 1% (relative); labels agree when equal. */
function agrees(a: string | number, b: string | number): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
  return a === b;
}

function notServed(name: string, route: EndpointRoute | undefined): PlatformError {
  const deploying = route?.candidate != null;
  return new PlatformError(
    ServingErrorCode.NotServed,
    deploying
      ? `${name} is being deployed for the first time (rollout ${route?.rolloutId}); it answers once the new version is warmed and switched in. Retry shortly.`
      : `No version of ${name} is served here. A model is served once a rollout of it completes: after its gate passes, or after an approver approves it for production (GET /v1/models lists what is served).`,
    { kind: deploying ? ErrorKind.Unavailable : ErrorKind.NotFound, details: { model: name } },
  );
}
