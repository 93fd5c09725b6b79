import type { ValueChange } from './profile-diff';

export function valueChange(from: number, to: number): ValueChange {
  const change = to - from;
  const relativeChange = from !== 0 ? change / Math.abs(from) : to === 0 ? 0 : null;
  return { from, to, change, relativeChange };
}
