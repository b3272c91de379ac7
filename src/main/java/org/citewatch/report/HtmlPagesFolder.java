package org.citewatch.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a folder of pages as a whole: the new pages are written into a hidden folder beside it,
 * which then takes the old one's place, and the old one is deleted. A failed run leaves the previous
 * pages intact, and pages of documents gone from the run do not linger. Folders and files are created
 * as any new file is, so they get the user's umask (readable by a web server or an artifact publisher).
 */
final class HtmlPagesFolder {

    private static final Logger log = LoggerFactory.getLogger(HtmlPagesFolder.class);

    /** The pages are many small writes; buffer them into large ones. */
    private static final int BUFFER_BYTES = 1 << 16;

    private HtmlPagesFolder() {}

    @FunctionalInterface
    interface Filler {
        void fill(Path folder) throws IOException;
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills a new folder and puts it in place of {@code target}. */
    static void replace(Path target, Filler filler) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path fresh = parent.resolve("." + target.getFileName() + "." + random() + ".tmp");
        Path old = parent.resolve("." + target.getFileName() + "." + random() + ".old");
        Files.createDirectory(fresh);
        try {
            filler.fill(fresh);
            boolean hadOld = Files.isDirectory(target);
            if (hadOld) {
                Files.move(target, old);
            }
            move(fresh, target);
            if (hadOld) {
                deleteTree(old);
            }
        } finally {
            if (Files.exists(fresh)) {
                deleteTree(fresh);
            }
        }
    }

    static void writeFile(Path file, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), BUFFER_BYTES)) {
            content.writeTo(out);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            log.warn("Could not delete the old report pages in {}: {}", folder, e.getMessage());
        }
    }

    private static String random() {
        return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }
}
