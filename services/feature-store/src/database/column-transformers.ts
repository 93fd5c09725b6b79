/** Postgres returns bigint as text; the counts stored here are well inside Number's range. */
export const bigintAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
