package edgebuffer.tier;

import io.pravega.common.util.ConfigBuilder;
import io.pravega.common.util.ConfigurationException;
import io.pravega.common.util.Property;
import io.pravega.common.util.TypedProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the GEDS tier, read the way Pravega reads its own components: every key is
 * {@code geds.<name>}, so the segment store's {@code ServiceBuilderConfig} (which takes in every JVM
 * system property when Pravega runs in-process) hands them to {@link GedsStorageFactoryCreator}
 * exactly as it hands {@code s3.*} keys to Pravega's S3 binding.
 */
public final class GedsConfig {
    public static final String COMPONENT_CODE = "geds";
    /** The storage name Pravega looks for in {@code pravegaservice.storage.impl.name}. */
    public static final String STORAGE_NAME = "GEDS";

    public static final Property<String> LOCAL_DIR = Property.named("local.dir", "");
    /** 5 GiB: the volume size of the original experiment. */
    public static final Property<Long> CAPACITY_BYTES = Property.named("capacity.bytes", 5L << 30);
    public static final Property<String> POLICY = Property.named("policy", GedsPolicy.DEFAULT.key());
    /** GEDS's storage_spilling_fraction. */
    public static final Property<Double> SPILL_FRACTION = Property.named("spill.fraction", 0.7);
    /** Room inside the capacity kept for Pravega's own metadata chunks (see {@link GedsTier}). */
    public static final Property<Long> SYSTEM_RESERVE_BYTES = Property.named("system.reserve.bytes", 16L << 20);
    public static final Property<String> S3_ENDPOINT = Property.named("s3.endpoint", "");
    public static final Property<String> S3_REGION = Property.named("s3.region", "us-east-1");
    public static final Property<String> S3_BUCKET = Property.named("s3.bucket", "");
    public static final Property<String> S3_PREFIX = Property.named("s3.prefix", "geds/");
    public static final Property<String> S3_ACCESS_KEY = Property.named("s3.access.key", "");
    public static final Property<String> S3_SECRET_KEY = Property.named("s3.secret.key", "");
    public static final Property<Integer> UPLOAD_THREADS = Property.named("upload.threads", 2);
    public static final Property<Long> UPLOAD_BACKOFF_MIN_MS = Property.named("upload.backoff.min.ms", 100L);
    public static final Property<Long> UPLOAD_BACKOFF_MAX_MS = Property.named("upload.backoff.max.ms", 2000L);
    /** How often the spill policy looks at local use (GEDS's monitor runs every second). */
    public static final Property<Long> MONITOR_INTERVAL_MS = Property.named("monitor.interval.ms", 1000L);

    private final Path localDir;
    private final long capacityBytes;
    private final GedsPolicy policy;
    private final double spillFraction;
    private final long systemReserveBytes;
    private final String s3Endpoint;
    private final String s3Region;
    private final String s3Bucket;
    private final String s3Prefix;
    private final String s3AccessKey;
    private final String s3SecretKey;
    private final int uploadThreads;
    private final Duration uploadBackoffMin;
    private final Duration uploadBackoffMax;
    private final Duration monitorInterval;

    private GedsConfig(TypedProperties properties) throws ConfigurationException {
        this.localDir = Path.of(required(properties, LOCAL_DIR, "a local directory for the tier")).toAbsolutePath();
        this.capacityBytes = properties.getLong(CAPACITY_BYTES);
        this.policy = GedsPolicy.parse(properties.get(POLICY));
        this.spillFraction = properties.getDouble(SPILL_FRACTION);
        this.systemReserveBytes = properties.getLong(SYSTEM_RESERVE_BYTES);
        this.s3Endpoint = required(properties, S3_ENDPOINT, "the S3 endpoint URL, e.g. http://127.0.0.1:9000");
        this.s3Region = properties.get(S3_REGION);
        this.s3Bucket = required(properties, S3_BUCKET, "an existing S3 bucket");
        String prefix = properties.get(S3_PREFIX);
        this.s3Prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.s3AccessKey = properties.get(S3_ACCESS_KEY);
        this.s3SecretKey = properties.get(S3_SECRET_KEY);
        this.uploadThreads = properties.getInt(UPLOAD_THREADS);
        this.uploadBackoffMin = Duration.ofMillis(properties.getLong(UPLOAD_BACKOFF_MIN_MS));
        this.uploadBackoffMax = Duration.ofMillis(properties.getLong(UPLOAD_BACKOFF_MAX_MS));
        this.monitorInterval = Duration.ofMillis(properties.getLong(MONITOR_INTERVAL_MS));
        check(capacityBytes > 0, CAPACITY_BYTES, "must be a positive number of bytes");
        check(systemReserveBytes >= 0 && systemReserveBytes < capacityBytes, SYSTEM_RESERVE_BYTES,
                "must be at least 0 and less than geds.capacity.bytes");
        check(spillFraction > 0 && spillFraction <= 1, SPILL_FRACTION, "must be in (0, 1]");
        check(uploadThreads >= 1, UPLOAD_THREADS, "must be at least 1");
        check(!uploadBackoffMin.isNegative() && !uploadBackoffMin.isZero(), UPLOAD_BACKOFF_MIN_MS, "must be positive");
        check(uploadBackoffMax.compareTo(uploadBackoffMin) >= 0, UPLOAD_BACKOFF_MAX_MS,
                "must be at least geds.upload.backoff.min.ms");
        check(monitorInterval.toMillis() > 0, MONITOR_INTERVAL_MS, "must be positive");
    }

    private static String required(TypedProperties properties, Property<String> property, String what) {
        String value = properties.get(property);
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(property.getFullName(COMPONENT_CODE) + " is not set: give it " + what);
        }
        return value.trim();
    }

    private static void check(boolean ok, Property<?> property, String rule) {
        if (!ok) {
            throw new ConfigurationException(property.getFullName(COMPONENT_CODE) + " " + rule);
        }
    }

    /** A Pravega-style builder: {@code GedsConfig.builder().with(GedsConfig.LOCAL_DIR, "...").build()}. */
    public static ConfigBuilder<GedsConfig> builder() {
        return new ConfigBuilder<>(COMPONENT_CODE, GedsConfig::new);
    }

    /**
     * Every property the embedded stack must give Pravega (as JVM system properties, or in its
     * {@code ServiceBuilderConfig}) to run with this tier as long-term storage: the storage selection
     * keys and every {@code geds.*} key with its value. Contains the S3 secret: never print it.
     */
    public Map<String, String> asPravegaProperties() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("pravegaservice.storage.impl.name", STORAGE_NAME);
        keys.put("pravegaservice.storage.layout", "CHUNKED_STORAGE");
        put(keys, LOCAL_DIR, localDir.toString());
        put(keys, CAPACITY_BYTES, capacityBytes);
        put(keys, POLICY, policy.key());
        put(keys, SPILL_FRACTION, spillFraction);
        put(keys, SYSTEM_RESERVE_BYTES, systemReserveBytes);
        put(keys, S3_ENDPOINT, s3Endpoint);
        put(keys, S3_REGION, s3Region);
        put(keys, S3_BUCKET, s3Bucket);
        put(keys, S3_PREFIX, s3Prefix);
        put(keys, S3_ACCESS_KEY, s3AccessKey);
        put(keys, S3_SECRET_KEY, s3SecretKey);
        put(keys, UPLOAD_THREADS, uploadThreads);
        put(keys, UPLOAD_BACKOFF_MIN_MS, uploadBackoffMin.toMillis());
        put(keys, UPLOAD_BACKOFF_MAX_MS, uploadBackoffMax.toMillis());
        put(keys, MONITOR_INTERVAL_MS, monitorInterval.toMillis());
        return keys;
    }

    private static void put(Map<String, String> keys, Property<?> property, Object value) {
        keys.put(property.getFullName(COMPONENT_CODE), String.valueOf(value));
    }

    public Path localDir() { return localDir; }
    public long capacityBytes() { return capacityBytes; }
    public GedsPolicy policy() { return policy; }
    public double spillFraction() { return spillFraction; }
    public long systemReserveBytes() { return systemReserveBytes; }
    public String s3Endpoint() { return s3Endpoint; }
    public String s3Region() { return s3Region; }
    public String s3Bucket() { return s3Bucket; }
    public String s3Prefix() { return s3Prefix; }
    public String s3AccessKey() { return s3AccessKey; }
    public String s3SecretKey() { return s3SecretKey; }
    public int uploadThreads() { return uploadThreads; }
    public Duration uploadBackoffMin() { return uploadBackoffMin; }
    public Duration uploadBackoffMax() { return uploadBackoffMax; }
    public Duration monitorInterval() { return monitorInterval; }

    /** Says where the tier lives, never the keys. */
    @Override
    public String toString() {
        return "GedsConfig[dir=" + localDir + ", capacity=" + capacityBytes + ", policy=" + policy.key()
                + ", s3=" + s3Endpoint + "/" + s3Bucket + "/" + s3Prefix + "]";
    }
}
