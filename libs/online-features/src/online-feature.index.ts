import type { OnlineFeatureEntry } from './online-feature-entry';

type ByEntity = Map<string, OnlineFeatureEntry>;
type ByVersion = Map<number, ByEntity>;

/**
 * The in-memory state of the online-features topic: the latest entry per featureKey. Serving
 * looks values up by (view, version, entity) through nested maps, so a lookup is three Map.get
 * calls on the caller's own strings: no key is concatenated, nothing is allocated. Entries are
 * replaced whole, so a reader never sees half an update.
 */
export class OnlineFeatureIndex {
  private readonly byKey = new Map<string, OnlineFeatureEntry>();
  private readonly byView = new Map<string, ByVersion>();

  /** Number of featureKeys held. */
  get size(): number {
    return this.byKey.size;
  }

  /** Stores the entry, replacing the one with the same featureKey. */
  put(entry: OnlineFeatureEntry): void {
    this.byKey.set(entry.featureKey, entry);
    let versions = this.byView.get(entry.featureViewName);
    if (!versions) this.byView.set(entry.featureViewName, (versions = new Map()));
    let entities = versions.get(entry.featureViewVersion);
    if (!entities) versions.set(entry.featureViewVersion, (entities = new Map()));
    entities.set(entry.entity, entry);
  }

  /** Forgets a featureKey (a tombstone on the compacted topic); false if it was not held. */
  remove(featureKey: string): boolean {
    const entry = this.byKey.get(featureKey);
    if (!entry) return false;
    this.byKey.delete(featureKey);
    const versions = this.byView.get(entry.featureViewName)!;
    const entities = versions.get(entry.featureViewVersion)!;
    entities.delete(entry.entity);
    // Empty maps would pile up as views are retired.
    if (entities.size === 0) versions.delete(entry.featureViewVersion);
    if (versions.size === 0) this.byView.delete(entry.featureViewName);
    return true;
  }

  get(
    featureViewName: string,
    featureViewVersion: number,
    entity: string,
  ): OnlineFeatureEntry | undefined {
    return this.byView.get(featureViewName)?.get(featureViewVersion)?.get(entity);
  }

  getByKey(featureKey: string): OnlineFeatureEntry | undefined {
    return this.byKey.get(featureKey);
  }
}
