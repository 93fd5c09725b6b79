export { ErrorKind, HTTP_STATUS_BY_KIND, RETRIABLE_BY_DEFAULT } from './error-kind';
export {
  PlatformError,
  PlatformErrorOptions,
  UNEXPECTED_ERROR_CODE,
  toPlatformError,
} from './platform-error';
