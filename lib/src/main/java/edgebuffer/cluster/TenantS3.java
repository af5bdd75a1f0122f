package edgebuffer.cluster;

import edgebuffer.cli.UserError;
import io.minio.BucketExistsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.DeleteObject;
import io.minio.messages.Item;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tenant's buckets through minio-java (the original's {@code mc mb} / {@code mc rb --force}),
 * with the access key Pravega uses, so a wrong key fails here, in one line, before Pravega does.
 */
public final class TenantS3 {

    private static final Set<String> KEY_ERRORS = Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied");

    private final MinioClient s3;
    private final String endpoint;
    private final String accessKey;
    private final PrintStream out;

    public TenantS3(String endpoint, String accessKey, String secretKey, PrintStream out) {
        this.s3 = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).build();
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.out = out;
    }

    /**
     * Waits until the tenant accepts the access key (the operator creates the user a little after
     * the pods are ready); a key still refused after {@code patience} is a wrong key.
     */
    public void awaitKeyAccepted(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                s3.listBuckets();
                return;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw translate(e, "list buckets");
                }
                ClusterObjects.sleep(1000);
            }
        }
    }

    public boolean exists(String bucket) {
        try {
            return s3.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            throw translate(e, "check bucket " + bucket);
        }
    }

    /** {@code mc mb}: creates the bucket unless it exists. */
    public void ensureBucket(String bucket) {
        try {
            if (!exists(bucket)) {
                s3.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                out.println("bucket " + bucket + " created");
            }
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw translate(e, "create bucket " + bucket);
        }
    }

    /** {@code mc rb --force} then {@code mc mb}: an empty bucket, so a run starts from empty storage. */
    public void recreateBucket(String bucket) {
        try {
            if (exists(bucket)) {
                List<DeleteObject> objects = new ArrayList<>();
                for (Result<Item> r : s3.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
                    objects.add(new DeleteObject(r.get().objectName()));
                }
                for (var error : s3.removeObjects(RemoveObjectsArgs.builder().bucket(bucket).objects(objects).build())) {
                    error.get(); // removeObjects is lazy: iterating it performs the deletes
                }
                s3.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build());
                out.println("bucket " + bucket + " removed (" + objects.size() + " objects)");
            }
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw translate(e, "empty bucket " + bucket);
        }
        ensureBucket(bucket);
    }

    private UserError translate(Exception e, String action) {
        if (e instanceof ErrorResponseException er && KEY_ERRORS.contains(er.errorResponse().code())) {
            return new UserError("S3 at " + endpoint + " refused access key '" + accessKey + "' (" + er.errorResponse().code()
                    + ") on " + action + ": check --s3-access-key / --s3-secret-key (minio-install creates that key)", e);
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new UserError("cannot " + action + " on S3 at " + endpoint + ": " + why
                + " (is the MinIO tenant up? `kubectl get pods -n <namespace>`)", e);
    }
}
