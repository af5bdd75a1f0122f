package edgebuffer.experiment;

import edgebuffer.stack.Stack;

/**
 * What can absorb an outage: Pravega's cache and the GEDS tier, as the stack really runs them (a
 * cluster's sizes are set at install time, not by run-experiment's options).
 */
record BufferSizes(long cacheBytes, long tierCapacityBytes) {

    static BufferSizes of(Stack stack, ExperimentOptions options) {
        long cache = stack.cacheBytes().orElse((long) options.cacheMb << 20);
        long tier = stack.tierCapacityBytes().orElse(options.geds ? (long) options.gedsCapacityMb << 20 : 0);
        return new BufferSizes(cache, tier);
    }

    long cacheMb() {
        return cacheBytes >> 20;
    }

    long tierMb() {
        return tierCapacityBytes >> 20;
    }
}
