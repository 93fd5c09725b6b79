import { ErrorKind, PlatformError } from '@loopline/errors';
import { Client } from 'minio';
import { ArtifactsErrorCode } from '../artifacts-error-code';

/** How to reach the object store. */
export interface ObjectStoreConnection {
  /** `http://127.0.0.1:9000`; https switches TLS on. */
  endpoint: string;
  accessKey: string;
  secretKey: string;
}

/** A minio client for an endpoint URL (the client itself wants host, port and TLS separately). */
export function createMinioClient({
  endpoint,
  accessKey,
  secretKey,
}: ObjectStoreConnection): Client {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    url = new URL('invalid:');
  }
  if (
    !['http:', 'https:'].includes(url.protocol) ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    throw new PlatformError(
      ArtifactsErrorCode.InvalidEndpoint,
      `Object store endpoint '${endpoint}' must be an http(s) URL without a path, e.g. http://127.0.0.1:9000.`,
      { kind: ErrorKind.InvalidInput, retriable: false, details: { endpoint } },
    );
  }
  const useSSL = url.protocol === 'https:';
  return new Client({
    endPoint: url.hostname,
    port: url.port ? Number(url.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey,
    secretKey,
    // A fixed region spares a GetBucketLocation round trip before each request; MinIO ignores it.
    region: 'us-east-1',
    pathStyle: true,
  });
}
