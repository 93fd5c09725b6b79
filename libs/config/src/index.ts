export { ConfigErrorCode } from './config-error-code';
export { defineConfig } from './define-config';
export { ConfigDescription, describeConfig } from './describe-config';
export { ConfigProblem, parseConfig } from './parse-config';
export {
  LOG_LEVELS,
  LogLevel,
  PLATFORM_CONFIG_DEFINITION,
  PlatformConfig,
} from './platform-config.definition';
export { ConfigDefinition, ConfigOf, ParseResult, VariableSpec } from './variable-spec';
export {
  boolean,
  bucketName,
  identifier,
  integer,
  oneOf,
  optional,
  port,
  string,
  stringList,
  url,
  VariableOptions,
} from './variable-types';
export { serviceConfigDefinition, type ServiceConfigDefaults } from './service-config.definition';
export {
  settingsPerKey,
  type SettingBounds,
  type SettingsPerKey,
  type SettingsPerKeyOptions,
} from './settings-per-key';
