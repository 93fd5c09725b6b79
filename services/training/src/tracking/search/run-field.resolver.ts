import { attributeNamed, RUN_ATTRIBUTES, type RunField } from './run-fields';
import type { Token } from './filter-lexer';
import { searchSyntaxError } from './search-syntax.error';

/** The run field a `field` token (or, in an order-by, a bare attribute name) names. */
export function resolveField(token: Token, what: 'filter' | 'orderBy'): RunField {
  if (token.kind === 'field' && token.entity !== 'attributes')
    return { entity: token.entity, key: token.key };
  const name =
    token.kind === 'field'
      ? token.key
      : token.kind === 'word' && what === 'orderBy'
        ? token.word
        : undefined;
  if (name === undefined)
    throw searchSyntaxError(
      what,
      token.position,
      'a field such as metrics.test_roc_auc, params.optimizer, tags.trigger or attributes.status',
      token.text,
    );
  const attribute = attributeNamed(name);
  if (attribute === undefined)
    throw searchSyntaxError(
      what,
      token.position,
      `a run attribute (${RUN_ATTRIBUTES.map((each) => each.name).join(', ')})`,
      token.text,
    );
  return { entity: 'attributes', key: attribute.name, attribute };
}
