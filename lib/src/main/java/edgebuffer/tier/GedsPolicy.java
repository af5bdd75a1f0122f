package edgebuffer.tier;

import io.pravega.common.util.ConfigurationException;

import java.util.Locale;

/**
 * When the GEDS tier copies a chunk to S3.
 *
 * <p>The default is {@link #EAGER}. Why: the experiment asks how long ingestion survives an S3 outage,
 * and with eager upload the whole local capacity is free to absorb an outage whenever it starts,
 * because in steady state everything is already in S3 and the local copies are only an evictable read
 * cache. With {@link #SPILL} (GEDS's own behaviour) up to {@code spill.fraction} of the capacity holds
 * data that exists nowhere but the local disk after long operation, so an outage that starts late finds
 * only the remaining 30% free, and a lost edge disk loses that data. Eager also keeps S3 the durable
 * copy within seconds, which is what Pravega expects of its long-term storage. SPILL stays available
 * to reproduce GEDS as it is.
 */
public enum GedsPolicy {
    /** GEDS's own: upload least recently used chunks only when local use passes spill fraction x capacity. */
    SPILL,
    /** Upload every chunk as soon as it is written; local copies stay as an evictable read cache. */
    EAGER;

    public static final GedsPolicy DEFAULT = EAGER;

    /** The value as written in configuration ({@code spill} or {@code eager}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GedsPolicy parse(String text) {
        for (GedsPolicy policy : values()) {
            if (policy.key().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return policy;
            }
        }
        throw new ConfigurationException("geds.policy must be 'spill' or 'eager', got '" + text + "'");
    }
}
