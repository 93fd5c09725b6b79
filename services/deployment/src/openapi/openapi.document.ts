/**
 * The OpenAPI 3.1 description of the deployment service's HTTP API, served at /openapi.json.
 * Written by hand beside the controllers it describes; the int-spec checks that every route it
 * names answers.
 */
const error = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: error } },
});
const json = (schema: object) => ({ 'application/json': { schema } });
const modelParameter = {
  name: 'model',
  in: 'path',
  required: true,
  description: 'Model name (or endpoint name).',
  schema: { type: 'string' },
};

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Loopline deployment service',
    version: '1',
    description:
      'Online predictions from the version each rollout made current, rollouts and rollbacks, batch scoring. Every route but /health, /metrics and this document takes a bearer token: predictions and reads a viewer, actions an operator, fault injection an admin.',
  },
  security: [{ bearer: [] }],
  paths: {
    '/v1/models/{model}/predict': {
      post: {
        summary: 'Predict for one or more instances',
        description:
          "Instances carry the model's raw inputs (GET /v1/models/{model} lists them); online inputs are joined from the feature store's latest values of the instance's entity. Concurrent requests are scored together (micro-batching).",
        parameters: [modelParameter],
        requestBody: {
          required: true,
          content: json({ $ref: '#/components/schemas/PredictRequest' }),
        },
        responses: {
          '200': {
            description: 'One prediction per instance, in order.',
            content: json({ $ref: '#/components/schemas/PredictResponse' }),
          },
          '400': errorResponse(
            'Invalid body or instances; details.problems names each field at fault.',
          ),
          '401': errorResponse('No or unknown bearer token.'),
          '404': errorResponse('No version of the model is served.'),
          '413': errorResponse('More instances than SERVING_MAX_INSTANCES_PER_REQUEST.'),
          '503': errorResponse('The first version is still being deployed; retry.'),
        },
      },
    },
    '/v1/models': {
      get: {
        summary: 'What every endpoint serves on this instance',
        responses: {
          '200': {
            description: 'Endpoints.',
            content: json({
              type: 'object',
              properties: {
                endpoints: {
                  type: 'array',
                  items: { $ref: '#/components/schemas/EndpointStatus' },
                },
              },
            }),
          },
        },
      },
    },
    '/v1/models/{model}': {
      get: {
        summary: 'What one endpoint serves, its rollout under way and its signature',
        parameters: [modelParameter],
        responses: {
          '200': {
            description: 'The endpoint.',
            content: json({ $ref: '#/components/schemas/EndpointStatus' }),
          },
          '404': errorResponse('No endpoint for the model yet.'),
        },
      },
    },
    '/v1/models/{model}/rollback': {
      post: {
        summary: 'Ask for a rollback (publishes RollbackRequested)',
        description:
          'Aborts the rollout under way, or makes the previous (or named) version serve again.',
        parameters: [modelParameter],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['reason'],
            properties: {
              reason: { type: 'string' },
              targetModelVersion: { type: 'integer', minimum: 1 },
              rolloutId: { type: 'string', format: 'uuid' },
            },
          }),
        },
        responses: {
          '202': {
            description: 'Requested; RolloutRolledBack follows.',
            content: json({
              type: 'object',
              properties: {
                requestId: { type: 'string' },
                modelName: { type: 'string' },
                status: { const: 'requested' },
              },
            }),
          },
          '400': errorResponse('Invalid body.'),
        },
      },
    },
    '/v1/models/{model}/faults': {
      put: {
        summary: 'Inject errors or latency into a serving role of this instance (rehearsals only)',
        parameters: [modelParameter],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['role'],
            properties: {
              role: { enum: ['champion', 'challenger', 'shadow'] },
              errorRate: { type: 'number', minimum: 0, maximum: 1 },
              addedLatencyMs: { type: 'number', minimum: 0, maximum: 60000 },
            },
          }),
        },
        responses: {
          '200': { description: 'The faults now in place.' },
          '409': errorResponse('SERVING_FAULT_INJECTION is off.'),
        },
      },
    },
    '/v1/rollouts': {
      get: {
        summary: 'Recent rollouts, newest first',
        parameters: [{ name: 'modelName', in: 'query', schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'Rollouts.',
            content: json({
              type: 'object',
              properties: {
                rollouts: { type: 'array', items: { $ref: '#/components/schemas/Rollout' } },
              },
            }),
          },
        },
      },
    },
    '/v1/rollouts/{rolloutId}': {
      get: {
        summary: 'One rollout: plan, state, step, last judgement',
        parameters: [
          {
            name: 'rolloutId',
            in: 'path',
            required: true,
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        responses: {
          '200': {
            description: 'The rollout.',
            content: json({ $ref: '#/components/schemas/Rollout' }),
          },
          '404': errorResponse('Unknown rollout.'),
        },
      },
    },
    '/batch-scoring-jobs': {
      post: {
        summary: 'Score a whole dataset version with a model version',
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['modelName', 'modelVersion', 'datasetVersionId'],
            properties: {
              modelName: { type: 'string' },
              modelVersion: { type: 'integer' },
              datasetVersionId: { type: 'string' },
            },
          }),
        },
        responses: {
          '202': { description: 'Accepted as a job; poll GET /batch-scoring-jobs/{id}.' },
          '400': errorResponse('Invalid body.'),
          '404': errorResponse('Unknown model or dataset version.'),
        },
      },
      get: {
        summary: 'Batch scoring jobs',
        parameters: [{ name: 'modelName', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'Jobs with their progress.' } },
      },
    },
    '/batch-scoring-jobs/{id}': {
      get: {
        summary: 'A batch scoring job: state, rows scored, parts written, output manifest',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The job.' }, '404': errorResponse('Unknown job.') },
      },
    },
    '/metrics': {
      get: {
        summary:
          'Prometheus metrics: predictions, errors, latency and batch sizes per model version and role',
        security: [],
        responses: {
          '200': {
            description: 'Prometheus text format.',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      PredictRequest: {
        type: 'object',
        description: 'Either "instances" or "instance".',
        properties: {
          instances: {
            type: 'array',
            minItems: 1,
            items: { type: 'object', additionalProperties: true },
          },
          instance: { type: 'object', additionalProperties: true },
        },
        examples: [
          {
            instances: [
              { date: '2015-06-01', precipitation: 0, temp_max: 22.2, temp_min: 11.1, wind: 3.1 },
            ],
          },
        ],
      },
      PredictResponse: {
        type: 'object',
        required: [
          'requestId',
          'modelName',
          'modelVersion',
          'trainingRunId',
          'servedBy',
          'predictions',
        ],
        properties: {
          requestId: { type: 'string', format: 'uuid' },
          modelName: { type: 'string' },
          modelVersion: { type: ['integer', 'null'] },
          trainingRunId: { type: 'string' },
          servedBy: { enum: ['champion', 'challenger'] },
          predictions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['predictionId', 'prediction'],
              properties: {
                predictionId: {
                  type: 'string',
                  format: 'uuid',
                  description: 'Joins the prediction log and later labels.',
                },
                prediction: { type: ['string', 'number'] },
                probabilities: { type: 'object', additionalProperties: { type: 'number' } },
              },
            },
          },
        },
      },
      EndpointStatus: {
        type: 'object',
        description:
          'stable, previous and candidate versions, candidate mode and traffic, and the signature (inputs, online inputs, outputs).',
      },
      Rollout: {
        type: 'object',
        description:
          'rolloutId, state, strategy, candidate, stable, steps, guardrails, stepIndex, lastJudgement.',
      },
      Error: {
        type: 'object',
        required: ['code', 'message', 'retriable'],
        properties: {
          code: { type: 'string', examples: ['DEPLOYMENT.INVALID_PREDICTION_REQUEST'] },
          message: { type: 'string', description: 'What was wrong and what to do.' },
          retriable: { type: 'boolean' },
          details: {
            type: 'object',
            description: 'For invalid requests: problems, each {path, message}.',
          },
        },
      },
    },
  },
} as const;
