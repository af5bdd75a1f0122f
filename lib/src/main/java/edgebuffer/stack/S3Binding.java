package edgebuffer.stack;

import edgebuffer.verify.ChunkSource;
import edgebuffer.verify.S3ChunkSource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Baseline: Pravega's own S3 chunk storage, straight to the S3 server. */
public final class S3Binding implements LtsBinding {

    /*
     * The dot matters: Pravega's S3 client does not force path-style addressing, and a bucket name
     * with a dot makes the AWS SDK fall back to it (virtual-host style would ask DNS for
     * "<bucket>.127.0.0.1").
     */
    static final String BUCKET = "tier-2.baseline";
    static final String PREFIX = "baseline";

    @Override
    public String mode() {
        return "baseline";
    }

    @Override
    public String bucket() {
        return BUCKET;
    }

    @Override
    public Map<String, String> segmentStoreSettings(S3Server s3, Path runFolder) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pravegaservice.storage.layout", "CHUNKED_STORAGE");
        m.put("pravegaservice.storage.impl.name", "S3");
        m.put("s3.connect.config.uri", s3.endpoint().toString());
        m.put("s3.connect.config.uri.override", "true");
        m.put("s3.connect.config.access.key", s3.accessKey());
        m.put("s3.connect.config.secret.key", s3.secretKey());
        m.put("s3.bucket", BUCKET);
        m.put("s3.prefix", PREFIX);
        return m;
    }

    @Override
    public ChunkSource chunks(S3Server s3, Path runFolder) {
        return new S3ChunkSource(s3.endpoint(), s3.accessKey(), s3.secretKey(), BUCKET, PREFIX + "/");
    }
}
