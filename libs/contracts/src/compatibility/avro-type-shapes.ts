import type { Type } from 'avsc';

// avsc's typings stop at `Type`; these are the parts of its concrete types the checker reads.

/** A record field as avsc exposes it. */
export interface AvroField {
  readonly name: string;
  readonly type: Type;
  readonly aliases: string[];
  defaultValue(): unknown;
}

/** The union of avsc's concrete type classes, as far as resolution rules care. */
export type AvroTypeShape = Type & {
  readonly fields?: AvroField[];
  readonly symbols?: string[];
  readonly default?: string;
  readonly types?: Type[];
  readonly itemsType?: Type;
  readonly valuesType?: Type;
  readonly size?: number;
};

/** Views an avsc type through the shape above. */
export const shapeOf = (type: Type): AvroTypeShape => type as AvroTypeShape;
