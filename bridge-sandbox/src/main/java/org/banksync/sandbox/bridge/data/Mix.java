package org.banksync.sandbox.bridge.data;

/** Stateless hashing of (seed, parts...) into well-spread 64-bit values (SplitMix64's finaliser). */
public final class Mix {

    private Mix() {
    }

    public static long of(long seed, long... parts) {
        long h = finish(seed ^ 0x9E3779B97F4A7C15L);
        for (long part : parts) {
            h = finish(h ^ finish(part + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    /** A double in [0, 1) from the same inputs. */
    public static double unit(long seed, long... parts) {
        return (of(seed, parts) >>> 11) * 0x1.0p-53;
    }

    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
