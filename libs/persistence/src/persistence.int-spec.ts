import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { PlatformError } from '@loopline/errors';
import { ObservabilityModule, ReadinessRegistry } from '@loopline/observability';
import {
  Column,
  DataSource,
  Entity,
  MigrationInterface,
  PrimaryColumn,
  QueryRunner,
} from 'typeorm';
import {
  migrateServiceSchema,
  migrationSchema,
  openServiceDataSource,
  PersistenceErrorCode,
  PersistenceModule,
  PersistenceOptions,
  qualifiedTable,
} from './index';

const DATABASE_URL =
  process.env['DATABASE_URL'] ?? 'postgres://loopline:loopline@127.0.0.1:5432/loopline';

@Entity({ name: 'widgets' })
class Widget {
  @PrimaryColumn('text') id!: string;
  @Column('text') label!: string;
}

class CreateWidgets1700000000000 implements MigrationInterface {
  name = 'CreateWidgets1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE ${migrationSchema(queryRunner)}.widgets (id text PRIMARY KEY, label text NOT NULL)`,
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${qualifiedTable(queryRunner, 'widgets')}`);
  }
}

class CreateGadgets1700000000001 implements MigrationInterface {
  name = 'CreateGadgets1700000000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE ${qualifiedTable(queryRunner, 'gadgets')} (id bigint PRIMARY KEY)`,
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${qualifiedTable(queryRunner, 'gadgets')}`);
  }
}

const schemas: string[] = [];
function options(overrides: Partial<PersistenceOptions> = {}): PersistenceOptions {
  const schema = `it_persistence_${randomBytes(5).toString('hex')}`;
  schemas.push(schema);
  return {
    url: DATABASE_URL,
    schema,
    entities: [Widget],
    migrations: [CreateGadgets1700000000001, CreateWidgets1700000000000],
    serviceName: 'persistence-int-spec',
    ...overrides,
  };
}

async function tablesIn(dataSource: DataSource, schema: string): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
    [schema],
  );
  return rows.map((row) => row.table_name);
}

describe('service data source against the real PostgreSQL', () => {
  after(async () => {
    const admin = await openServiceDataSource(
      { url: DATABASE_URL, schema: 'public', entities: [], migrations: [], serviceName: 'cleanup' },
      { runMigrations: false },
    );
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.destroy();
  });

  it('creates the schema, runs migrations in timestamp order inside it, and a second run is a no-op', async () => {
    const opts = options();
    const dataSource = await openServiceDataSource(opts);
    try {
      assert.deepEqual(await tablesIn(dataSource, opts.schema), [
        'gadgets',
        'migrations',
        'widgets',
      ]);
      const applied: { name: string }[] = await dataSource.query(
        `SELECT name FROM "${opts.schema}".migrations ORDER BY id`,
      );
      assert.deepEqual(
        applied.map((row) => row.name),
        ['CreateWidgets1700000000000', 'CreateGadgets1700000000001'],
      );
      assert.deepEqual(await migrateServiceSchema(dataSource), []);

      // Entities without an explicit schema land in the service schema.
      await dataSource.getRepository(Widget).save({ id: 'w1', label: 'first' });
      const rows: unknown[] = await dataSource.query(`SELECT id FROM "${opts.schema}".widgets`);
      assert.equal(rows.length, 1);
    } finally {
      await dataSource.destroy();
    }
    const reopened = await openServiceDataSource(opts);
    try {
      assert.deepEqual(await migrateServiceSchema(reopened), []);
    } finally {
      await reopened.destroy();
    }
  });

  it('lets replicas start together: migrations run once under the advisory lock', async () => {
    const opts = options();
    const [first, second] = await Promise.all([
      openServiceDataSource(opts, { runMigrations: false }),
      openServiceDataSource(opts, { runMigrations: false }),
    ]);
    try {
      const [ranByFirst, ranBySecond] = await Promise.all([
        migrateServiceSchema(first),
        migrateServiceSchema(second),
      ]);
      assert.equal(ranByFirst.length + ranBySecond.length, 2);
      assert.deepEqual(await tablesIn(first, opts.schema), ['gadgets', 'migrations', 'widgets']);
    } finally {
      await Promise.all([first.destroy(), second.destroy()]);
    }
  });

  it('reports a failing migration as PERSISTENCE.MIGRATION_FAILED, keeping earlier ones applied', async () => {
    class Broken1700000000002 implements MigrationInterface {
      name = 'Broken1700000000002';
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE ${migrationSchema(queryRunner)}.widgets (id text)`);
      }
      async down(): Promise<void> {}
    }
    const opts = options({ migrations: [CreateWidgets1700000000000, Broken1700000000002] });
    await assert.rejects(openServiceDataSource(opts), (error: unknown) => {
      assert.ok(error instanceof PlatformError);
      assert.equal(error.code, PersistenceErrorCode.MigrationFailed);
      assert.equal(error.retriable, false);
      return true;
    });
  });

  it('classifies connection failures: unreachable is retriable, a wrong password is not', async () => {
    await assert.rejects(
      openServiceDataSource(options({ url: 'postgres://loopline:loopline@127.0.0.1:1/loopline' })),
      (error: unknown) => {
        assert.ok(error instanceof PlatformError);
        assert.equal(error.code, PersistenceErrorCode.Unavailable);
        assert.equal(error.retriable, true);
        return true;
      },
    );
    const wrongPassword = new URL(DATABASE_URL);
    wrongPassword.password = 'definitely-wrong';
    await assert.rejects(
      openServiceDataSource(options({ url: wrongPassword.toString() })),
      (error: unknown) => {
        assert.ok(error instanceof PlatformError);
        assert.equal(error.code, PersistenceErrorCode.ConnectionRejected);
        assert.equal(error.retriable, false);
        assert.doesNotMatch(error.message, /definitely-wrong/);
        return true;
      },
    );
  });

  it('PersistenceModule migrates on start-up and registers the database readiness check', async () => {
    const opts = options();
    @Module({
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'persistence-int-spec' }),
        PersistenceModule.forRoot(opts),
      ],
    })
    class AppModule {}
    const app = await NestFactory.createApplicationContext(AppModule, { logger: false });
    try {
      assert.deepEqual(await app.get(ReadinessRegistry).evaluate(), {
        ready: true,
        checks: [{ name: 'database', ok: true }],
      });
      assert.deepEqual(await tablesIn(app.get(DataSource), opts.schema), [
        'gadgets',
        'migrations',
        'widgets',
      ]);
    } finally {
      await app.close();
    }
  });
});
