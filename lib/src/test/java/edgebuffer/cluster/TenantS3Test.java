package edgebuffer.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edgebuffer.cli.UserError;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TenantS3Test {

    @RegisterExtension
    static final TenantS3Server S3 = new TenantS3Server();


    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

    @Test
    void wrongKeysAreOneLineNamingTheOptions() {
        TenantS3 s3 = new TenantS3(S3.endpoint(), "miniostorage", "wrong-secret", QUIET);
        UserError e = assertThrows(UserError.class, () -> s3.awaitKeyAccepted(Duration.ZERO));
        assertTrue(e.getMessage().contains("refused access key 'miniostorage'"), e.getMessage());
        assertTrue(e.getMessage().contains("--s3-access-key / --s3-secret-key"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret"), "never print a secret");
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void unreachableS3IsAUserError() {
        TenantS3 s3 = new TenantS3("http://127.0.0.1:1", "miniostorage", "miniostorage", QUIET);
        UserError e = assertThrows(UserError.class, () -> s3.awaitKeyAccepted(Duration.ZERO));
        assertTrue(e.getMessage().startsWith("cannot list buckets on S3 at http://127.0.0.1:1"), e.getMessage());
    }

    @Test
    void ensureThenRecreateLeavesAnEmptyBucket() throws Exception {
        TenantS3 s3 = new TenantS3(S3.endpoint(), S3.server().accessKey(), S3.server().secretKey(), QUIET);
        s3.awaitKeyAccepted(Duration.ofSeconds(5));
        s3.ensureBucket("tier-2-baseline");
        s3.ensureBucket("tier-2-baseline"); // idempotent
        MinioClient raw = MinioClient.builder().endpoint(S3.endpoint()).credentials(S3.server().accessKey(), S3.server().secretKey()).build();
        for (int i = 0; i < 3; i++) {
            byte[] data = ("chunk" + i).getBytes();
            raw.putObject(PutObjectArgs.builder().bucket("tier-2-baseline").object("baseline/segment/" + i)
                    .stream(new ByteArrayInputStream(data), data.length, -1).build());
        }
        assertTrue(raw.listObjects(ListObjectsArgs.builder().bucket("tier-2-baseline").recursive(true).build()).iterator().hasNext());
        s3.recreateBucket("tier-2-baseline");
        assertTrue(s3.exists("tier-2-baseline"));
        assertFalse(raw.listObjects(ListObjectsArgs.builder().bucket("tier-2-baseline").recursive(true).build()).iterator().hasNext());
    }
}
