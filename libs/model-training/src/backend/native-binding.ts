/**
 * Loads an optional native TensorFlow binding. They are optional peers: the package may be
 * absent, or present with a libtensorflow that failed to download or does not match the
 * machine, and either way the caller falls through to the next backend with the reason kept.
 * `require` is resolved at run time on purpose, so a missing package never breaks the build.
 */
export function loadNativeBinding(
  packageName: '@tensorflow/tfjs-node-gpu' | '@tensorflow/tfjs-node',
): { loaded: true } | { loaded: false; reason: string } {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(packageName);
    return { loaded: true };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { loaded: false, reason: `${packageName} did not load: ${message}` };
  }
}
