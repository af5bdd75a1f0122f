package edgebuffer.verify;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Both tiers of GEDS as one long-term storage: a chunk is read from the local folder when it is
 * there, else from S3 (the spill policy keeps chunks local; the eager one keeps cached copies).
 */
public final class TieredChunkSource implements ChunkSource {

    private final ChunkSource local;
    private final ChunkSource remote;

    public TieredChunkSource(ChunkSource local, ChunkSource remote) {
        this.local = local;
        this.remote = remote;
    }

    @Override
    public Map<String, Long> list(String prefix) throws IOException {
        Map<String, Long> names = new LinkedHashMap<>(remote.list(prefix));
        names.putAll(local.list(prefix));
        return names;
    }

    @Override
    public byte[] read(String name) throws IOException {
        return local.list(name).containsKey(name) ? local.read(name) : remote.read(name);
    }

    @Override
    public String describe() {
        return local.describe() + " then " + remote.describe();
    }
}
