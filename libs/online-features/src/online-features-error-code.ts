/** Stable codes for failures raised by @loopline/online-features. */
export const OnlineFeaturesErrorCode = {
  /** A message on the online-features topic that cannot be turned into values (skipped). */
  UndecodableMessage: 'ONLINE_FEATURES.UNDECODABLE_MESSAGE',
  /** The view could not read the topic up to its end at start. */
  StartFailed: 'ONLINE_FEATURES.START_FAILED',
} as const;
