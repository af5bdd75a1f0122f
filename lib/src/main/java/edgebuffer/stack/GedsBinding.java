package edgebuffer.stack;

import edgebuffer.tier.GedsConfig;
import edgebuffer.tier.GedsTier;
import edgebuffer.tier.TierSnapshot;
import edgebuffer.verify.ChunkSource;
import edgebuffer.verify.DirectoryChunkSource;
import edgebuffer.verify.S3ChunkSource;
import edgebuffer.verify.TieredChunkSource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** GEDS: Pravega's long-term storage is the GEDS tier (local disk first), which uploads to S3 behind. */
public final class GedsBinding implements LtsBinding {

    /** The tier's own S3 client forces path-style addressing, so the original's bucket name works as is. */
    static final String BUCKET = "tier-2-geds";
    private static final String PREFIX = "geds/";

    private final long capacityBytes;
    private final String policy;

    public GedsBinding(long capacityBytes, String policy) {
        this.capacityBytes = capacityBytes;
        this.policy = policy;
    }

    @Override
    public String mode() {
        return "geds";
    }

    @Override
    public String bucket() {
        return BUCKET;
    }

    @Override
    public Map<String, String> segmentStoreSettings(S3Server s3, Path runFolder) {
        return GedsConfig.builder()
                .with(GedsConfig.LOCAL_DIR, localDir(runFolder).toString())
                .with(GedsConfig.S3_PREFIX, PREFIX)
                .with(GedsConfig.CAPACITY_BYTES, capacityBytes)
                .with(GedsConfig.POLICY, policy)
                .with(GedsConfig.S3_ENDPOINT, s3.endpoint().toString())
                .with(GedsConfig.S3_BUCKET, BUCKET)
                .with(GedsConfig.S3_ACCESS_KEY, s3.accessKey())
                .with(GedsConfig.S3_SECRET_KEY, s3.secretKey())
                .build()
                .asPravegaProperties();
    }

    @Override
    public ChunkSource chunks(S3Server s3, Path runFolder) {
        // the tier keeps each chunk under data/<chunk name> locally and at <prefix><chunk name> in S3
        return new TieredChunkSource(new DirectoryChunkSource(localDir(runFolder).resolve("data")),
                new S3ChunkSource(s3.endpoint(), s3.accessKey(), s3.secretKey(), BUCKET, PREFIX));
    }

    private static Path localDir(Path runFolder) {
        return runFolder.resolve("geds-local");
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> tier = new LinkedHashMap<>();
        tier.put("capacityBytes", capacityBytes);
        tier.put("policy", policy);
        return Map.of("tier", tier);
    }

    @Override
    public OptionalLong tierCapacityBytes() {
        return OptionalLong.of(capacityBytes);
    }

    @Override
    public Optional<TierSnapshot> tier() {
        return GedsTier.current();
    }
}
