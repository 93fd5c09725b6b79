import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  DocumentKind,
  DocumentRegistration,
  DocumentSource,
  StoredDocument,
} from './document-kind';
import { VersionedDocumentRow } from './versioned-document.row';

/**
 * Versioned documents of every kind a service keeps. A document that differs from its name's
 * newest version becomes the next version; one equal to it (whatever its formatting or key
 * order) is not stored again. Versions are never edited, so a version number always says
 * exactly which document applied.
 */
@Injectable()
export class VersionedDocumentStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Validates (the kind's parse throws naming every problem) and registers a document. */
  async register<T>(
    kind: DocumentKind<T>,
    json: unknown,
    source: DocumentSource,
    registeredBy: string,
    expectedName?: string,
  ): Promise<DocumentRegistration<T>> {
    const document = kind.parse(json, expectedName);
    const sha256 = kind.sha256(document);
    const name = kind.nameOf(document);
    return this.dataSource.transaction(async (manager) => {
      // Serialises registrations of one name, so two cannot both take the next version number.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${kind.kind}:${name}`]);
      const newest = await this.newest(kind, name, manager);
      if (newest?.sha256 === sha256)
        return { name, version: newest.version, created: false, sha256, document };
      const version = (newest?.version ?? 0) + 1;
      await manager.insert(VersionedDocumentRow, {
        kind: kind.kind,
        name,
        version,
        sha256,
        document: document as object,
        source,
        registeredBy,
        registeredAt: new Date(),
      });
      return { name, version, created: true, sha256, document };
    });
  }

  async newest<T>(
    kind: DocumentKind<T>,
    name: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredDocument<T> | null> {
    const row = await manager.findOne(VersionedDocumentRow, {
      where: { kind: kind.kind, name },
      order: { version: 'DESC' },
    });
    return row === null ? null : toStored<T>(row);
  }

  async version<T>(
    kind: DocumentKind<T>,
    name: string,
    version: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredDocument<T> | null> {
    const row = await manager.findOneBy(VersionedDocumentRow, { kind: kind.kind, name, version });
    return row === null ? null : toStored<T>(row);
  }

  /** Every version of one name, newest first. */
  async versions<T>(kind: DocumentKind<T>, name: string): Promise<StoredDocument<T>[]> {
    const rows = await this.dataSource.manager.find(VersionedDocumentRow, {
      where: { kind: kind.kind, name },
      order: { version: 'DESC' },
    });
    return rows.map((row) => toStored<T>(row));
  }

  /** The newest version of every name of the kind, by name. */
  async list<T>(kind: DocumentKind<T>): Promise<StoredDocument<T>[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(VersionedDocumentRow, 'd')
      .where('d.kind = :kind', { kind: kind.kind })
      .distinctOn(['d.name'])
      .orderBy('d.name')
      .addOrderBy('d.version', 'DESC')
      .getMany();
    return rows.map((row) => toStored<T>(row));
  }
}

function toStored<T>(row: VersionedDocumentRow): StoredDocument<T> {
  return {
    name: row.name,
    version: row.version,
    sha256: row.sha256,
    document: row.document as T,
    source: row.source as DocumentSource,
    registeredBy: row.registeredBy,
    registeredAt: row.registeredAt,
  };
}
