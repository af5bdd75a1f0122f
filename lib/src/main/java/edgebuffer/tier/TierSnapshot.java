package edgebuffer.tier;

/**
 * The GEDS tier's counters at one moment: one row of the run folder's tier.csv.
 *
 * @param capacityBytes       configured local capacity
 * @param localBytes          bytes held on local disk now (chunks waiting for upload and cached copies)
 * @param pendingUploadBytes  bytes written locally and not yet in S3
 * @param uploadedBytes       bytes uploaded to S3 since start (cumulative)
 * @param uploadErrors        failed upload attempts since start (cumulative)
 */
public record TierSnapshot(long capacityBytes, long localBytes, long pendingUploadBytes,
                           long uploadedBytes, long uploadErrors) {
}
