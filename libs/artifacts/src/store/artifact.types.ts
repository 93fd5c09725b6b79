/** How to describe an object being stored. */
export interface PutOptions {
  contentType: string;
  /** Free-form string facts (`dataset: flights`), stored as S3 user metadata. ASCII only. */
  metadata?: Record<string, string>;
}

/** What a content-addressed put returns: everything a consumer needs to load and verify it. */
export interface StoredArtifact {
  /** `s3://<bucket>/sha256/<hex>`. */
  uri: string;
  sha256: string;
  sizeBytes: number;
}

/** An object's description, without its bytes. */
export interface ArtifactStat {
  uri: string;
  sizeBytes: number;
  contentType: string | undefined;
  /** The sha256 recorded when it was stored (undefined for objects not written by this store). */
  sha256: string | undefined;
  metadata: Record<string, string>;
  etag: string;
  lastModified: Date;
}
