/**
 * The compaction key of an entity's online values for one feature view version,
 * `<featureViewName>@<featureViewVersion>/<entity>`: what OnlineFeaturesUpdated.featureKey and
 * the Kafka message key carry, so a later snapshot of the same entity replaces the earlier one.
 */
export function onlineFeatureKey(
  featureViewName: string,
  featureViewVersion: number,
  entity: string,
): string {
  return `${featureViewName}@${featureViewVersion}/${entity}`;
}
