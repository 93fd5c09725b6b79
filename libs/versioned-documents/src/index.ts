export type {
  DocumentKind,
  DocumentRegistration,
  DocumentSource,
  StoredDocument,
} from './document-kind';
export { VersionedDocumentRow } from './versioned-document.row';
export { CreateVersionedDocuments1764100000000 } from './create-versioned-documents.migration';
export { VersionedDocumentStore } from './versioned-document.store';
export { readShippedDocuments, type ShippedDocument } from './shipped-documents';
export { parseVersionQuery } from './parse-version-query';
export { DocumentFields, type DocumentProblem, type NumberRule } from './document-fields';
