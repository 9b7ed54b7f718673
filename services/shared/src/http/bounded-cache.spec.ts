import { parse } from 'graphql';
import { BoundedCache, createDocumentStore, documentHeapBytes } from './bounded-cache';

describe('the bounded cache', () => {
  const cache = () => new BoundedCache<string>({ maxEntries: 3, maxBytes: 10, sizeOf: (v) => v.length });

  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const c = cache();
    await c.set('a', '1');
    await c.set('b', '1');
    await c.set('c', '1');
    await c.get('a');
    await c.set('d', '1');
    expect(await c.get('b')).toBeUndefined();
    expect(await c.get('a')).toBe('1');
    expect(c.size()).toEqual({ entries: 3, bytes: 3, maxEntries: 3, maxBytes: 10 });
  });

  it('keeps at most maxBytes, and does not keep a value larger than all of it', async () => {
    const c = cache();
    await c.set('a', '1234');
    await c.set('b', '1234');
    await c.set('c', '1234');
    expect(c.size()).toMatchObject({ entries: 2, bytes: 8 });
    expect(await c.get('a')).toBeUndefined();
    await c.set('huge', '12345678901');
    expect(await c.get('huge')).toBeUndefined();
    expect(c.size()).toMatchObject({ entries: 2, bytes: 8 });
  });

  it('replacing or deleting a key gives its bytes back', async () => {
    const c = cache();
    await c.set('a', '1234');
    await c.set('a', '12');
    expect(c.size()).toMatchObject({ entries: 1, bytes: 2 });
    expect(await c.delete('a')).toBe(true);
    expect(c.size()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('estimates a parsed document from its source, so thousands of distinct ones stay within the store', async () => {
    const store = createDocumentStore({ maxEntries: 10_000, maxBytes: 1024 * 1024 });
    for (let i = 0; i < 5000; i++) {
      const document = parse(`query Q${i} { m${i}: municipality(ags: "05162004") { name kind parent { name } } }`);
      await store.set(String(i), document);
    }
    const size = store.size();
    expect(size.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(size.entries).toBe(
      Math.floor(
        (1024 * 1024) /
          documentHeapBytes(
            parse('query Q4999 { m4999: municipality(ags: "05162004") { name kind parent { name } } }'),
          ),
      ),
    );
  });
});
