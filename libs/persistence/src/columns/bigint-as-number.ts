/**
 * Column transformer for `bigint` counts: Postgres returns bigint as text, and the counts and
 * sizes Loopline stores are well inside Number's safe range.
 */
export const bigintAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
