import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

export interface BoundedCacheOptions<V> {
  /** Most entries kept. */
  maxEntries: number;
  /** Most estimated bytes kept (the sum of `sizeOf` over the entries). */
  maxBytes: number;
  /** Estimated heap bytes of one value; an entry larger than `maxBytes` is not kept at all. */
  sizeOf: (value: V) => number;
}

export interface CacheSize {
  entries: number;
  bytes: number;
  maxEntries: number;
  maxBytes: number;
}

/**
 * A least-recently-used cache bounded by entry count and by estimated heap size, on lru-cache (the
 * library Apollo's own stores use). Apollo's stores are bounded by the JSON length of what they hold,
 * which is a fraction of its heap size (a parsed document keeps its token chain and source: about 90
 * bytes per character of the query), so thousands of distinct documents could fill the heap before
 * they were evicted. Implements Apollo's KeyValueCache shape, so it serves as documentStore and
 * query-plan store.
 */
export class BoundedCache<V extends {}> {
  private readonly entries: LRUCache<string, V>;

  constructor(private readonly options: BoundedCacheOptions<V>) {
    // lru-cache refuses a value larger than maxSize itself: such an entry is simply not kept.
    this.entries = new LRUCache<string, V>({
      max: options.maxEntries,
      maxSize: options.maxBytes,
      sizeCalculation: (value) => Math.max(1, Math.ceil(options.sizeOf(value))),
    });
  }

  async get(key: string): Promise<V | undefined> {
    return this.entries.get(key);
  }

  async set(key: string, value: V): Promise<void> {
    this.entries.set(key, value);
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  size(): CacheSize {
    return {
      entries: this.entries.size,
      bytes: this.entries.calculatedSize,
      maxEntries: this.options.maxEntries,
      maxBytes: this.options.maxBytes,
    };
  }
}

/**
 * Heap bytes of a parsed document, estimated from its source: measured on graphql 16 at about 90
 * bytes per character of query text (AST nodes, locations, the token chain and the source itself),
 * rounded up.
 */
export function documentHeapBytes(document: DocumentNode): number {
  return (document.loc?.source.body.length ?? 1000) * 100 + 1000;
}

/** A parsed-document store for Apollo Server: bounded by count and estimated heap size. */
export function createDocumentStore(
  options: { maxEntries?: number; maxBytes?: number } = {},
): BoundedCache<DocumentNode> {
  return new BoundedCache<DocumentNode>({
    maxEntries: options.maxEntries ?? 1000,
    maxBytes: options.maxBytes ?? 16 * 1024 * 1024,
    sizeOf: documentHeapBytes,
  });
}

/**
 * Apollo Server's own cache (automatic persisted queries keep each registered query text in it):
 * bounded like the document store instead of Apollo's 30 MB default.
 */
export function createServerCache(options: { maxEntries?: number; maxBytes?: number } = {}): BoundedCache<string> {
  // A JavaScript string may take two bytes per character.
  return new BoundedCache<string>({
    maxEntries: options.maxEntries ?? 1000,
    maxBytes: options.maxBytes ?? 4 * 1024 * 1024,
    sizeOf: (text) => text.length * 2 + 200,
  });
}
