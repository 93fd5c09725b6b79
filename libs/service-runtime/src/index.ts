export { bootstrapService, ServiceBootstrapOptions } from './bootstrap-service';
export { createLogger, enabledLogLevels } from './create-logger';
export { exitOnStartupFailure } from './exit-on-startup-failure';
export { platformModules } from './platform-modules';
export { ServiceConfig } from './service-config.interface';
export { EntityClass, ServiceIdentity } from './service-identity.interface';
export { createServiceApp, ServiceAppOptions } from './create-service-app';
export { FASTIFY_BODY_LIMIT_BYTES, HTTP_ADAPTER_NAMES, HttpAdapterName } from './http-adapter-name';
export { ServiceRuntimeErrorCode } from './service-runtime-error-code';
