/** Stable codes raised by the stats library; callers and tests branch on these, not on messages. */
export enum StatsErrorCode {
  /** A stored data profile is malformed or inconsistent; `details.problems` lists each fault. */
  InvalidProfile = 'STATS.INVALID_PROFILE',
  /**
   * Counts or edges a comparison cannot use (different lengths, negative or non-finite counts,
   * an empty distribution, edges out of order): a bug in the caller, not in the data.
   */
  InvalidDistribution = 'STATS.INVALID_DISTRIBUTION',
}
