package edgebuffer.tier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The tier's local disk. Layout under the root:
 * <ul>
 *   <li>{@code data/<chunk name>}: the chunk's bytes, present only once complete and fsynced;</li>
 *   <li>{@code uploaded/<chunk name>}: an empty marker, written after the chunk is in S3, so that a
 *       restart knows which local chunks still wait for upload and which are cached copies;</li>
 *   <li>{@code tmp/}: chunks being written; left-overs of a crash are removed at start.</li>
 * </ul>
 * The S3 key is the prefix plus the chunk name, so a chunk can never reach S3 under another name.
 */
final class LocalTier {
    private final Path dataDir;
    private final Path markerDir;
    private final Path tmpDir;

    /** A chunk found on disk at start. */
    record StoredChunk(String name, long length, boolean uploaded) { }

    LocalTier(Path root) throws IOException {
        // normalized, so that the "stays under the root" check below also holds for a root like a/../b
        root = root.toAbsolutePath().normalize();
        this.dataDir = Files.createDirectories(root.resolve("data"));
        this.markerDir = Files.createDirectories(root.resolve("uploaded"));
        this.tmpDir = Files.createDirectories(root.resolve("tmp"));
    }

    /**
     * Writes a whole chunk and makes it durable before returning: Pravega truncates its own log as soon
     * as long-term storage accepted the data, so the bytes must survive a crash from here on.
     * Written to tmp, fsynced, renamed into place, then the directory is fsynced, so a chunk is either
     * complete on disk or absent.
     */
    void write(String name, int length, InputStream data) throws IOException {
        Path target = dataPath(name);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(name);
        }
        Path tmp = tmpDir.resolve(UUID.randomUUID().toString());
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[64 * 1024];
                long remaining = length;
                while (remaining > 0) {
                    int n = data.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                    if (n < 0) {
                        throw new IOException("chunk " + name + ": stream ended after " + (length - remaining)
                                + " of " + length + " bytes");
                    }
                    ByteBuffer slice = ByteBuffer.wrap(buffer, 0, n);
                    while (slice.hasRemaining()) {
                        channel.write(slice);
                    }
                    remaining -= n;
                }
                channel.force(true);
            }
            Files.createDirectories(target.getParent());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(target.getParent());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads from a chunk; NoSuchFileException if the local copy is gone (evicted or deleted). */
    int read(String name, long offset, int length, byte[] buffer, int bufferOffset) throws IOException {
        try (FileChannel channel = FileChannel.open(dataPath(name), StandardOpenOption.READ)) {
            ByteBuffer target = ByteBuffer.wrap(buffer, bufferOffset, length);
            long position = offset;
            while (target.hasRemaining()) {
                int n = channel.read(target, position);
                if (n < 0) {
                    break;
                }
                position += n;
            }
            return (int) (position - offset);
        }
    }

    byte[] readAll(String name) throws IOException {
        return Files.readAllBytes(dataPath(name));
    }

    /** The marker need not be fsynced: if it is lost, the chunk is uploaded again under the same key. */
    void markUploaded(String name) throws IOException {
        Path marker = markerPath(name);
        Files.createDirectories(marker.getParent());
        try {
            Files.createFile(marker);
        } catch (FileAlreadyExistsException alreadyMarked) {
            // an earlier upload of the same chunk under the same key: nothing to do
        }
    }

    void removeMarker(String name) throws IOException {
        Files.deleteIfExists(markerPath(name));
    }

    /** Removes the chunk's bytes and its marker. */
    void delete(String name) throws IOException {
        Files.deleteIfExists(dataPath(name));
        Files.deleteIfExists(markerPath(name));
    }

    /** Every complete chunk on disk; clears what a crash left half-written. */
    List<StoredChunk> scan() throws IOException {
        try (Stream<Path> leftovers = Files.list(tmpDir)) {
            for (Path path : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(path);
            }
        }
        List<StoredChunk> chunks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(path)) {
                    String name = dataDir.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
                    chunks.add(new StoredChunk(name, Files.size(path), Files.exists(markerPath(name))));
                }
            }
        }
        return chunks;
    }

    private Path dataPath(String name) throws IOException {
        return inside(dataDir, name);
    }

    private Path markerPath(String name) throws IOException {
        return inside(markerDir, name);
    }

    /** Pravega chunk names look like paths ("scope/stream/0.#epoch.0.E-1-O-0.uuid"); keep them under the root. */
    private static Path inside(Path dir, String name) throws IOException {
        Path path = dir.resolve(name).normalize();
        if (!path.startsWith(dir) || path.equals(dir)) {
            throw new IOException("chunk name '" + name + "' does not name a file under " + dir);
        }
        return path;
    }

    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    static boolean isMissing(IOException e) {
        return e instanceof NoSuchFileException;
    }
}
