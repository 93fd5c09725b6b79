/** bigint columns hold counts and durations far below 2^53, so they are read back as numbers. */
export const bigintAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
