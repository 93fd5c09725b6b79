import { sortRowsByTime } from '../window/sort-rows-by-time';
import { TEST, TRAIN, VALIDATION } from './split-names';

/**
 * Time split: rows in event-time order (ties by row index), the first round(n·train) train, up to
 * round(n·train) + round(n·validation) validation, the rest test. A boundary inside a group of
 * rows sharing one timestamp moves forward to the group's end, so every training row is strictly
 * older than every validation row, and every validation row strictly older than every test row
 * (a model is never validated on an instant it trained on). Times must all be present.
 */
export function assignTimeSplits(
  fractions: { train: number; validation: number },
  rowCount: number,
  eventTime: Float64Array,
): Uint8Array {
  const identity = new Uint32Array(rowCount);
  for (let r = 0; r < rowCount; r++) identity[r] = r;
  const order = sortRowsByTime(identity, eventTime);
  const trainTarget = Math.min(rowCount, Math.round(rowCount * fractions.train));
  const validationTarget = Math.min(
    rowCount,
    trainTarget + Math.round(rowCount * fractions.validation),
  );
  const trainEnd = endOfTieGroup(order, eventTime, trainTarget);
  const validationEnd = endOfTieGroup(order, eventTime, Math.max(trainEnd, validationTarget));

  const assignment = new Uint8Array(rowCount).fill(TEST);
  for (let i = 0; i < trainEnd; i++) assignment[order[i]] = TRAIN;
  for (let i = trainEnd; i < validationEnd; i++) assignment[order[i]] = VALIDATION;
  return assignment;
}

/** Moves a boundary (the first index after a split) past rows sharing the previous row's time. */
function endOfTieGroup(order: Uint32Array, times: Float64Array, boundary: number): number {
  if (boundary === 0) return 0;
  const last = times[order[boundary - 1]];
  let end = boundary;
  while (end < order.length && times[order[end]] === last) end++;
  return end;
}
