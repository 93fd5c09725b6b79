export { ErrorKind, HTTP_STATUS_BY_KIND, RETRIABLE_BY_DEFAULT } from './error-kind';
export {
  PlatformError,
  PlatformErrorOptions,
  INFRASTRUCTURE_UNAVAILABLE_CODE,
  UNEXPECTED_ERROR_CODE,
  isOutage,
  toPlatformError,
} from './platform-error';
export { isInfrastructureOutage } from './infrastructure-outage';
