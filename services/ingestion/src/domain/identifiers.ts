/** Dataset names: kebab-case, 1-63 characters, so they fit topics keys, paths and bucket metadata. */
const DATASET_NAME = /^[a-z][a-z0-9-]{0,62}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isDatasetName(name: string): boolean {
  return DATASET_NAME.test(name);
}

/** Batch and version ids are UUIDs; anything else cannot name one. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
