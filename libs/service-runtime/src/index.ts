export { bootstrapService, ServiceBootstrapOptions } from './bootstrap-service';
export { createLogger, enabledLogLevels } from './create-logger';
export { exitOnStartupFailure } from './exit-on-startup-failure';
export { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from './messaging-schema';
export { platformModules } from './platform-modules';
export { ServiceConfig } from './service-config.interface';
export { ServiceIdentity } from './service-identity.interface';
