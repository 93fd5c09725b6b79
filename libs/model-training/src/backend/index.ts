export {
  BACKEND_PREFERENCE,
  type BackendSelection,
  type RejectedBackend,
} from './backend-selection';
export { selectBackend } from './select-backend';
