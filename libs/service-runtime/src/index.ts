export { bootstrapService, ServiceBootstrapOptions } from './bootstrap-service';
export { createLogger, enabledLogLevels } from './create-logger';
export { exitOnStartupFailure } from './exit-on-startup-failure';
export { platformModules } from './platform-modules';
export { ServiceConfig } from './service-config.interface';
export { EntityClass, ServiceIdentity } from './service-identity.interface';
