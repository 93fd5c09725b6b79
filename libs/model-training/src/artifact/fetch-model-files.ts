import { ErrorKind, PlatformError } from '@loopline/errors';
import type { ScoringModelFiles } from '../serving/scoring-model';
import { TrainingErrorCode } from '../engine/training-error-code';
import {
  MODEL_ARTIFACT_FORMAT,
  type ModelArtifactManifest,
  type StoredObjectRef,
} from './model-artifact';

/** Reads an object by URI, rejecting bytes whose sha256 differs (the artifacts store does). */
export interface VerifyingObjectReader {
  get(uri: string, options: { expectedSha256: string }): Promise<Buffer>;
}

/** A stored model in memory, every file verified, ready for `ScoringModel.load`. */
export interface FetchedModelFiles extends ScoringModelFiles {
  manifest: ModelArtifactManifest;
  /** Bytes of every file of the stored artifact (topology, weights, transform, signature). */
  sizeBytes: number;
}

/**
 * Fetches a model artifact (`ModelTrained.artifact`: the manifest) and the files it lists, each
 * checked against its sha256, into memory: what a server needs to load a model without touching
 * local disk.
 */
export async function fetchModelFiles(
  store: VerifyingObjectReader,
  artifact: StoredObjectRef,
): Promise<FetchedModelFiles> {
  const manifest = parseModelManifest(
    await store.get(artifact.uri, { expectedSha256: artifact.sha256 }),
    artifact.uri,
  );
  const { files } = manifest;
  const read = (ref: StoredObjectRef) => store.get(ref.uri, { expectedSha256: ref.sha256 });
  const [modelJson, weights, transformSpec] = await Promise.all([
    read(files.model),
    read(files.weights),
    read(files.transform),
  ]);
  return {
    manifest,
    modelJson: modelJson.toString('utf8'),
    weights: new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength),
    transformSpec: parseJson(transformSpec, files.transform.uri),
    signature: manifest.signature,
    sizeBytes: Object.values(files).reduce((sum, file) => sum + file.sizeBytes, 0),
  };
}

/** The manifest of a stored model, or INVALID_MODEL_FILES saying the object is not one. */
export function parseModelManifest(bytes: Buffer, uri: string): ModelArtifactManifest {
  const manifest = parseJson(bytes, uri) as Partial<ModelArtifactManifest> | null;
  if (manifest?.format !== MODEL_ARTIFACT_FORMAT || !manifest.files || !manifest.signature)
    throw invalidArtifact(`${uri} is not a ${MODEL_ARTIFACT_FORMAT} manifest`, uri);
  return manifest as ModelArtifactManifest;
}

function parseJson(bytes: Buffer, uri: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    throw invalidArtifact(`${uri} is not JSON (${(error as Error).message})`, uri);
  }
}

function invalidArtifact(what: string, uri: string): PlatformError {
  return new PlatformError(
    TrainingErrorCode.InvalidModelFiles,
    `${what}, so the model cannot be loaded. Train the model again.`,
    { kind: ErrorKind.Unprocessable, details: { uri } },
  );
}
