package org.citewatch.cli;

/**
 * Counts distinct URLs in little memory: it keeps a 64-bit hash of each (16 bytes a URL at most)
 * rather than the URL, so a dump with tens of millions of URLs can be counted. Exact unless two
 * URLs share a hash; the odds are about n²/2⁶⁵ (one in 3,600 for 100 million URLs).
 */
final class ExtractUrlSet {

    private static final int INITIAL_CAPACITY = 1 << 10;
    /** The hash stored for a URL whose hash is 0, the mark of an empty slot. */
    private static final long ZERO_STANDIN = 1;

    private long[] slots = new long[INITIAL_CAPACITY];
    private int size;

    /** Adds a URL; {@code true} if it was not seen before. */
    boolean add(String url) {
        long hash = hash(url);
        if (hash == 0) {
            hash = ZERO_STANDIN;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, hash);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int index = (int) hash & mask;
        while (table[index] != 0) {
            if (table[index] == hash) {
                return false;
            }
            index = (index + 1) & mask;
        }
        table[index] = hash;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long hash : old) {
            if (hash != 0) {
                insert(slots, hash);
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then MurmurHash3's finalizer to spread the bits. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
