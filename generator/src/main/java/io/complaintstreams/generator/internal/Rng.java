package io.complaintstreams.generator.internal;

import java.util.List;
import java.util.SplittableRandom;

/** Small seeded random helper; one per home so that homes can be generated in any order. */
public final class Rng {
    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Mixes several numbers into one well-spread seed (SplitMix64 finaliser). */
    public static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h ^= part;
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h ^= h >>> 31;
        }
        return h;
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform integer in [lo, hi], both included. */
    public int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    public String pick(String... items) {
        return items[random.nextInt(items.length)];
    }

    /** Index drawn with the given (non-negative) weights. */
    public int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Poisson-distributed count (Knuth; fine for the small means used here). */
    public int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
