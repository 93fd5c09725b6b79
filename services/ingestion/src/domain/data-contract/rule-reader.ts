import { ColumnType } from './column-type';
import { JsonObjectReader } from './json-object-reader';

/** Reads one rule's fields and checks the columns it names against the declared ones. */
export class RuleReader {
  constructor(
    readonly fields: JsonObjectReader,
    /** Declared column names and their types; a null type was itself invalid, so is not checked. */
    private readonly columns: ReadonlyMap<string, ColumnType | null>,
  ) {}

  /**
   * The declared column named by `field`, whose type must be one of `types` (any when omitted);
   * '' (with the problem recorded) otherwise.
   */
  column(field: string, types?: readonly ColumnType[]): string {
    const name = this.fields.string(field, { required: true });
    return name === null ? '' : this.declared(field, name, types);
  }

  declared(path: string, name: string, types?: readonly ColumnType[]): string {
    const type = this.columns.get(name);
    if (type === undefined) {
      const known = [...this.columns.keys()].join(', ');
      this.fields.problem(path, `'${name}' is not a declared column (declared: ${known})`);
      return '';
    }
    if (types !== undefined && type !== null && !types.includes(type)) {
      const needed = types.join(' or ');
      const article = /^[aeiou]/.test(needed) ? 'an' : 'a';
      this.fields.problem(
        path,
        `'${name}' is ${type}; this rule needs ${article} ${needed} column`,
      );
      return '';
    }
    return name;
  }

  typeOf(name: string): ColumnType | null {
    return this.columns.get(name) ?? null;
  }

  /** Checks that at least one bound is set and that they are in order. */
  bounds(min: number | string | null, max: number | string | null, names = ['min', 'max']): void {
    const [low, high] = names;
    if (min === null && max === null && !this.fields.has(low) && !this.fields.has(high)) {
      this.fields.problem(low, `at least one of ${low} and ${high} is required`);
    } else if (min !== null && max !== null && min > max) {
      this.fields.problem(low, `must not be greater than ${high} (${min} > ${max})`);
    }
  }
}
