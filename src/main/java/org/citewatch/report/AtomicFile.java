package org.citewatch.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved over it (atomically
 * where the file system can), so that a reader never sees half a file and a failure leaves the old
 * one intact.
 *
 * <p>The temporary file is created as any new file is, so the result gets the user's umask (with
 * {@code umask 022}: {@code rw-r--r--}), and a web server or a CI artifact publisher running as
 * another user can read it. ({@link Files#createTempFile} would make it {@code rw-------}: issue 13.)
 */
public final class AtomicFile {

    private static final Logger log = LoggerFactory.getLogger(AtomicFile.class);

    /** Writers write small pieces (the XML writer byte by byte); buffer them into large writes. */
    private static final int BUFFER_BYTES = 1 << 16;

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * @return {@code target}
     * @throws UncheckedIOException naming the file, when it cannot be written
     */
    public static Path write(Path target, Content content) {
        Path temp = null;
        try {
            Path dir = target.toAbsolutePath().getParent();
            temp = dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    BUFFER_BYTES)) {
                content.writeTo(out);
            }
            move(temp, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log.warn("Could not delete the temporary file {}: {}", temp, e.getMessage());
        }
    }
}
