/** Indexes (ascending) of the rows an assignment from `assignSplits` puts in split `splitIndex`. */
export function rowsOfSplit(assignment: Uint8Array, splitIndex: number): Uint32Array {
  let count = 0;
  for (let r = 0; r < assignment.length; r++) if (assignment[r] === splitIndex) count++;
  const rows = new Uint32Array(count);
  for (let r = 0, i = 0; r < assignment.length; r++)
    if (assignment[r] === splitIndex) rows[i++] = r;
  return rows;
}
