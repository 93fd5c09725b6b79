/** A content-addressed object, as events carry it (the contracts' ArtifactRef). */
export interface ArtifactRef {
  uri: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
}
