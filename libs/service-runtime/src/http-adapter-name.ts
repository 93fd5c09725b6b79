/**
 * The HTTP server under Nest. `express` is the default every service starts with; `fastify`
 * serves the same platform routes (guard, error shape, probes, metrics) with less overhead per
 * request, for latency-bound APIs such as online prediction (see bench/serving/adapters.mjs).
 */
export type HttpAdapterName = 'express' | 'fastify';

export const HTTP_ADAPTER_NAMES: readonly HttpAdapterName[] = ['express', 'fastify'];

/**
 * Largest request body Fastify accepts (413 beyond). Its own default is 1 MiB; a prediction
 * request of 1,000 flights rows (SERVING_MAX_INSTANCES_PER_REQUEST) stays well under 4 MiB, and
 * anything bigger belongs in a batch scoring job, not in one HTTP call.
 */
export const FASTIFY_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
