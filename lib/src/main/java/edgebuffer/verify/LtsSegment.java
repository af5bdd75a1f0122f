package edgebuffer.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stream's one segment rebuilt from the chunks long-term storage holds: chunks sorted by their
 * start offset (in the chunk name) and laid end to end. Chunks that overlap hold the same bytes
 * (segment data is immutable), so an overlap is skipped; a gap ends the segment.
 */
final class LtsSegment {

    /** Data chunks of segment 0 (not its attribute index): {@code 0.#epoch.0.E-<epoch>-O-<offset>.<uuid>}. */
    private static final Pattern DATA_CHUNK = Pattern.compile("/0\\.#epoch\\.0\\.E-\\d+-O-(\\d+)\\.[0-9a-f-]{36}$");

    private record Chunk(String name, long offset, long size) {
    }

    private final ChunkSource source;
    private final List<Chunk> chunks = new ArrayList<>();

    private LtsSegment(ChunkSource source, Map<String, Long> listing) {
        this.source = source;
        listing.forEach((name, size) -> {
            Matcher m = DATA_CHUNK.matcher(name);
            if (m.find()) {
                chunks.add(new Chunk(name, Long.parseLong(m.group(1)), size));
            }
        });
        chunks.sort(Comparator.comparingLong(Chunk::offset));
    }

    static LtsSegment list(ChunkSource source, String scope, String stream) throws IOException {
        return new LtsSegment(source, source.list(scope + "/" + stream + "/"));
    }

    /** How many bytes from offset 0 the chunks cover without a gap. */
    long contiguousLength() {
        long end = 0;
        for (Chunk c : chunks) {
            if (c.offset() > end) {
                break;
            }
            end = Math.max(end, c.offset() + c.size());
        }
        return end;
    }

    /** The segment's bytes from offset 0 up to the first gap. */
    byte[] read() throws IOException {
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        for (Chunk c : chunks) {
            long position = segment.size();
            if (c.offset() > position) {
                break;
            }
            if (c.offset() + c.size() <= position) {
                continue;
            }
            byte[] data = source.read(c.name());
            int skip = (int) (position - c.offset());
            segment.write(data, skip, data.length - skip);
        }
        return segment.toByteArray();
    }
}
