import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { versionedCache } from '../database/data-version';

/** One Kreis family on one reference date: the unit the kit protects and caches. */
export interface FamilyKey {
  kreis: string;
  referenceDate: string;
}

export const familyKeyId = (key: FamilyKey): string => `${key.kreis}|${key.referenceDate}`;

export function parseFamilyKey(id: string): FamilyKey {
  const [kreis, referenceDate] = id.split('|');
  return { kreis, referenceDate };
}

export interface FamilyLoaderOptions<V> {
  /** Names the cache: a kind of indicator with every setting its values depend on (thresholds). */
  kind: string;
  /**
   * When the value is protected for the reader's organisation (what it knows itself is subtracted),
   * its id: values are then cached per family and organisation, never shared between organisations.
   */
  reader?: { organizationId: string | null };
  /** The request's data version, read once and shared by the request's loaders. */
  version: () => Promise<bigint>;
  /** Computes the families not cached yet, in one snapshot with the version, in the keys' order. */
  compute(manager: EntityManager, keys: FamilyKey[]): Promise<V[]>;
}

/**
 * The loader of one kind of indicator, the same in every subgraph: keyed by Kreis family and date,
 * all families of a request that are not cached yet computed together, and each kept across requests
 * until a write changes the subgraph's data (the kit's VersionedCache reads the data version in the
 * same snapshot). A repeated dashboard costs one statement: the request's version read.
 */
export function cachedFamilyLoader<V>(
  dataSource: DataSource,
  options: FamilyLoaderOptions<V>,
): DataLoader<FamilyKey, V, string> {
  const cache = versionedCache<V>(dataSource, options.kind);
  const reader = options.reader;
  const cacheKey = reader ? (key: FamilyKey) => `${familyKeyId(key)}|${reader.organizationId ?? '-'}` : familyKeyId;
  const keyOf = new Map<string, FamilyKey>();
  return new DataLoader<FamilyKey, V, string>(
    async (keys) => {
      for (const key of keys) keyOf.set(cacheKey(key), key);
      const found = await cache.read(
        dataSource,
        keys.map(cacheKey),
        async (manager, missing) => {
          const values = await options.compute(
            manager,
            missing.map((id) => keyOf.get(id)!),
          );
          return new Map(missing.map((id, i) => [id, values[i]]));
        },
        options.version,
      );
      return keys.map((key) => found.get(cacheKey(key)) as V);
    },
    { cacheKeyFn: familyKeyId },
  );
}
