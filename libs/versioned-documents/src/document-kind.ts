/**
 * A kind of versioned configuration document (a gate policy, a training configuration): how to
 * validate one and what identifies it. `parse` throws a PlatformError naming every problem in
 * `details.problems` ([{ path, message }]).
 */
export interface DocumentKind<T> {
  /** Stored with each version, e.g. gate-policy. */
  kind: string;
  /** For messages, e.g. "gate policy". */
  label: string;
  parse(json: unknown, expectedName?: string): T;
  /** Hash of the canonical form: equal documents, whatever their formatting, hash equal. */
  sha256(document: T): string;
  nameOf(document: T): string;
}

export type DocumentSource = 'file' | 'http';

export interface StoredDocument<T> {
  name: string;
  version: number;
  sha256: string;
  document: T;
  source: DocumentSource;
  registeredBy: string;
  registeredAt: Date;
}

export interface DocumentRegistration<T> {
  name: string;
  version: number;
  /** False when the document equals the newest version, which is then returned. */
  created: boolean;
  sha256: string;
  document: T;
}
