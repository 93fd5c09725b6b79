import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { TrackingErrorCode } from '../tracking-error-code';
import { parseRunFilter } from './run-filter.parser';

/** The filter's clauses as [entity, key, comparator, value] rows. */
function clauses(filter: string): unknown[][] {
  return parseRunFilter(filter).map((clause) => [
    clause.field.entity,
    clause.field.key,
    clause.comparator,
    clause.value,
  ]);
}

function rejection(filter: string): { position: number; expected: string } {
  try {
    parseRunFilter(filter);
  } catch (error) {
    assert.ok(error instanceof PlatformError, String(error));
    assert.equal(error.code, TrackingErrorCode.InvalidFilter);
    assert.equal(error.httpStatus, 400);
    return error.details as { position: number; expected: string };
  }
  assert.fail(`expected ${filter} to be refused`);
}

describe('parseRunFilter', () => {
  it('reads clauses joined by and, in any case, with MLflow entity synonyms', () => {
    assert.deepEqual(
      clauses(
        "metrics.test_roc_auc > 0.7 AND params.optimizer = 'adam' and tag.trigger != \"drift\" And attributes.status = 'succeeded'",
      ),
      [
        ['metrics', 'test_roc_auc', '>', 0.7],
        ['params', 'optimizer', '=', 'adam'],
        ['tags', 'trigger', '!=', 'drift'],
        ['attributes', 'status', '=', 'succeeded'],
      ],
    );
  });

  it('matches every run when empty', () => {
    assert.deepEqual(clauses(''), []);
    assert.deepEqual(clauses('   '), []);
  });

  it('takes keys with odd characters in backticks or double quotes, and bare slashes and dots', () => {
    assert.deepEqual(
      clauses(
        "metrics.`val loss (ema)` <= 1e-3 and params.\"lr schedule\" LIKE 'exp%' and metrics.val/loss>=-2 and params.model.units = '64'",
      ),
      [
        ['metrics', 'val loss (ema)', '<=', 0.001],
        ['params', 'lr schedule', 'LIKE', 'exp%'],
        ['metrics', 'val/loss', '>=', -2],
        ['params', 'model.units', '=', '64'],
      ],
    );
  });

  it('reads IN and NOT IN lists, LIKE and ILIKE, and doubled quotes inside strings', () => {
    assert.deepEqual(
      clauses(
        "attributes.model_name IN ('flights-delay', 'seattle-weather') and tags.note ILIKE '%it''s%' and params.optimizer not in ('sgd')",
      ),
      [
        ['attributes', 'model_name', 'IN', ['flights-delay', 'seattle-weather']],
        ['tags', 'note', 'ILIKE', "%it's%"],
        ['params', 'optimizer', 'NOT IN', ['sgd']],
      ],
    );
  });

  it('resolves MLflow attribute names and normalises times to ISO instants', () => {
    assert.deepEqual(
      clauses("attributes.start_time >= 0 and attributes.created_at < '2026-02-01T00:00:00+01:00'"),
      [
        ['attributes', 'started_at', '>=', '1970-01-01T00:00:00.000Z'],
        ['attributes', 'created_at', '<', '2026-01-31T23:00:00.000Z'],
      ],
    );
  });

  it('says where the filter goes wrong and what was expected there', () => {
    assert.deepEqual(rejection('metrics.auc >> 1'), {
      position: 14,
      expected: 'a number to compare metrics.auc with',
      found: '>',
    });
    const missingAnd = rejection("params.a = 'x' params.b = 'y'");
    assert.equal(missingAnd.position, 16);
    assert.match(missingAnd.expected, /'and' between clauses/);
    assert.equal(rejection("params.a = 'open").position, 12);
    assert.match(rejection('metrics.auc > 0.7 and').expected, /a field/);
    assert.match(
      rejection('colour.red = 1').expected,
      /metrics\., params\., tags\. or attributes\./,
    );
    assert.match(rejection("attributes.colour = 'red'").expected, /run attribute \(id, model_name/);
  });

  it('holds each field to the comparators and values of its type', () => {
    assert.match(rejection("metrics.auc = 'high'").expected, /a number/);
    assert.match(
      rejection("metrics.auc LIKE '0.%'").expected,
      /comparator for metrics.auc \(=, !=, <, <=, >, >=\)/,
    );
    assert.match(rejection('params.epochs = 10').expected, /a quoted string/);
    assert.match(rejection("params.epochs > '10'").expected, /LIKE, ILIKE, IN, NOT IN/);
    assert.match(
      rejection("attributes.status = 'done'").expected,
      /a run status \(queued, running/,
    );
    assert.match(rejection("attributes.status IN ('running', 'gone')").expected, /a run status/);
    assert.match(rejection("attributes.created_at > 'last tuesday'").expected, /ISO-8601/);
    assert.match(rejection("attributes.model_name IN 'a'").expected, /'\(' opening the list/);
    assert.match(rejection("attributes.model_name IN ('a' 'b')").expected, /',' or '\)'/);
  });
});
