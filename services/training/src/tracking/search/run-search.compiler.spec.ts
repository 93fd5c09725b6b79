import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseRunFilter } from './run-filter.parser';
import { parseRunOrder } from './run-order.parser';
import { compileRunSearch } from './run-search.compiler';

function compile(filter: string, orderBy = '', after: (string | null)[] | null = null) {
  const compiled = compileRunSearch('"t"."runs"', 'r.id', {
    filter: parseRunFilter(filter),
    order: parseRunOrder(orderBy),
    after,
    limit: 101,
  });
  return { ...compiled, sql: compiled.sql.replace(/\s+/g, ' ') };
}

describe('compileRunSearch', () => {
  it('binds every key and value as a parameter and never writes them into the SQL', () => {
    const hostile = "x'); DROP TABLE runs; --";
    const { sql, params } = compile(
      `params.\`${hostile}\` = '${hostile.replace(/'/g, "''")}' and metrics.\`${hostile}\` > 1 and tags.t LIKE '${hostile.replace(/'/g, "''")}'`,
      `metrics.\`${hostile}\` DESC`,
    );
    assert.ok(!sql.includes('DROP'), sql);
    // The sort key is bound first, then the clauses in order.
    assert.deepEqual(params, [
      hostile,
      JSON.stringify({ [hostile]: hostile }),
      hostile,
      1,
      't',
      hostile,
      101,
    ]);
  });

  it('compiles each kind of clause to its SQL', () => {
    const { sql, params } = compile(
      "metrics.auc >= 0.7 and params.opt = 'adam' and params.opt != 'sgd' and tags.t IN ('a','b') and attributes.model_name NOT IN ('m') and attributes.created_at > 0 and attributes.duration_ms < 5",
    );
    assert.equal(
      sql,
      'SELECT r.id, (r.created_at)::text AS sort_0, (r.id)::text AS sort_1 FROM "t"."runs" r WHERE ' +
        '(r.metrics ->> $1)::float8 >= $2::float8 AND r.params @> $3::jsonb AND r.params ->> $4 <> $5::text ' +
        'AND r.tags ->> $6 = ANY($7::text[]) AND r.model_name <> ALL($8::text[]) ' +
        'AND r.created_at > $9::timestamptz AND r.duration_ms < $10::float8 ' +
        'ORDER BY r.created_at DESC, r.id DESC LIMIT $11',
    );
    assert.deepEqual(params.slice(0, 9), [
      'auc',
      0.7,
      '{"opt":"adam"}',
      'opt',
      'sgd',
      't',
      ['a', 'b'],
      ['m'],
      '1970-01-01T00:00:00.000Z',
    ]);
  });

  it('sorts missing values last and breaks ties by id in the last key direction', () => {
    const { sql } = compile('', 'metrics.auc DESC, attributes.model_name');
    assert.match(
      sql,
      /ORDER BY \(r\.metrics ->> \$1\)::float8 DESC NULLS LAST, r\.model_name ASC, r\.id ASC LIMIT \$2$/,
    );
  });

  it('pages the default order with one row comparison, which its index serves', () => {
    const { sql, params } = compile('', '', ['2026-01-01 00:00:00+00', 'f'.repeat(8)]);
    assert.match(sql, /WHERE \(r\.created_at, r\.id\) < \(\$1::timestamptz, \$2::uuid\)/);
    assert.deepEqual(params, ['2026-01-01 00:00:00+00', 'ffffffff', 101]);
  });

  it('pages a nullable key key by key, runs without the value after those with it', () => {
    const { sql } = compile('', 'metrics.auc DESC', ['0.5', 'id-1']);
    assert.match(
      sql,
      /WHERE \(\(\(\(r\.metrics ->> \$1\)::float8 < \$2::float8 OR \(r\.metrics ->> \$1\)::float8 IS NULL\)\) OR \(\(r\.metrics ->> \$1\)::float8 = \$2::float8 AND r\.id < \$3::uuid\)\)/,
    );
    const afterNull = compile('', 'metrics.auc DESC', [null, 'id-1']).sql;
    assert.match(
      afterNull,
      /WHERE \(\(\(r\.metrics ->> \$1\)::float8 IS NULL AND r\.id < \$2::uuid\)\)/,
    );
  });
});
