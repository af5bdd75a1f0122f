package edgebuffer.verify;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Chunk objects in an S3 bucket under a prefix, read with minio-java. */
public final class S3ChunkSource implements ChunkSource {

    private final MinioClient client;
    private final String bucket;
    private final String prefix;
    private final URI endpoint;

    /** @param prefix the storage's key prefix, with its trailing slash (for example {@code baseline/}) */
    public S3ChunkSource(URI endpoint, String accessKey, String secretKey, String bucket, String prefix) {
        this.client = MinioClient.builder().endpoint(endpoint.toString()).credentials(accessKey, secretKey).build();
        this.bucket = bucket;
        this.prefix = prefix;
        this.endpoint = endpoint;
    }

    @Override
    public Map<String, Long> list(String namePrefix) throws IOException {
        Map<String, Long> names = new LinkedHashMap<>();
        try {
            for (Result<Item> r : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix + namePrefix)
                    .recursive(true).build())) {
                Item item = r.get();
                if (!item.isDir()) {
                    names.put(item.objectName().substring(prefix.length()), item.size());
                }
            }
        } catch (Exception e) {
            throw new IOException("cannot list s3://" + bucket + "/" + prefix + namePrefix + " at " + endpoint + ": " + e.getMessage(), e);
        }
        return names;
    }

    @Override
    public byte[] read(String name) throws IOException {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(prefix + name).build())) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new IOException("cannot read s3://" + bucket + "/" + prefix + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix + " at " + endpoint;
    }
}
