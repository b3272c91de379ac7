package org.citewatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents of a list of inputs, found lazily: a folder is listed only when the walk reaches it,
 * a dump's pages are parsed only as they are asked for.
 */
final class FileDocumentStream implements DocumentStream {

    private static final Logger log = LoggerFactory.getLogger(FileDocumentStream.class);

    private static final Comparator<Path> BY_NAME =
            Comparator.comparing(path -> path.getFileName().toString());

    /** A path still to be read; {@code given} when it was named as an input rather than found in a folder. */
    private record Pending(Path path, boolean given) {}

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final InputProperties settings;
    private final XMLInputFactory xmlFactory;
    private final Consumer<DocumentError> errors;
    private final TextFileLoader loader;
    private final String language;

    private DumpPageReader dump;
    private Document next;

    FileDocumentStream(
            List<Path> inputs,
            InputProperties settings,
            XMLInputFactory xmlFactory,
            Consumer<DocumentError> errors,
            String language) {
        this.language = language;
        inputs.forEach(input -> pending.addLast(new Pending(input, true)));
        this.settings = settings;
        this.xmlFactory = xmlFactory;
        this.errors = errors;
        this.loader = new TextFileLoader(settings.maxDocumentSize());
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Document document = next;
        next = null;
        return document;
    }

    private Document advance() {
        while (true) {
            if (dump != null) {
                if (dump.hasNext()) {
                    return dump.next();
                }
                dump.close();
                dump = null;
            }
            Pending item = pending.pollFirst();
            if (item == null) {
                return null;
            }
            Optional<Document> document = read(item);
            if (document.isPresent()) {
                return document.get();
            }
        }
    }

    /** Reads a plain file, or starts a dump or a folder (whose documents come on the next turns). */
    private Optional<Document> read(Pending item) {
        Path path = item.path();
        // a link to a folder is followed only when given by name: links inside a folder may loop
        LinkOption[] links = item.given() ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        if (Files.isDirectory(path, links)) {
            enterFolder(path);
            return Optional.empty();
        }
        if (item.given() && !Files.exists(path)) {
            error(path, "no such file or directory");
            return Optional.empty();
        }
        Optional<InputFileType> type = InputFileType.of(path);
        if (type.isEmpty()) {
            if (item.given()) {
                error(path, "unsupported file type (expected " + InputFileType.SUPPORTED + ")");
            } else {
                log.debug("{}: not a supported file type; ignored", path);
            }
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            error(path, Files.exists(path) ? "not a regular file; skipped" : "cannot read: broken symbolic link");
            return Optional.empty();
        }
        if (type.get().isDump()) {
            startDump(path, type.get());
            return Optional.empty();
        }
        return readTextFile(path, type.get());
    }

    private void enterFolder(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        } catch (IOException e) {
            error(folder, InputErrors.describe(e));
            return;
        }
        entries.sort(BY_NAME);
        for (int i = entries.size() - 1; i >= 0; i--) {
            pending.addFirst(new Pending(entries.get(i), false));
        }
    }

    private void startDump(Path file, InputFileType type) {
        try {
            InputStream xml = DumpInputs.open(file, type);
            dump = new DumpPageReader(file.toString(), xml, xmlFactory, settings, errors, language);
        } catch (IOException e) {
            error(file, InputErrors.describe(e));
        }
    }

    private Optional<Document> readTextFile(Path file, InputFileType type) {
        TextFileLoader.Result result = loader.load(file);
        if (result instanceof TextFileLoader.Failure failure) {
            errors.accept(new DocumentError(file.toString(), failure.line(), failure.message()));
            return Optional.empty();
        }
        String text = ((TextFileLoader.Text) result).text();
        return Optional.of(
                new Document(file.toString(), file.toString(), null, type.format(), text, 1, language, null));
    }

    private void error(Path path, String message) {
        errors.accept(new DocumentError(path.toString(), 0, message));
    }

    @Override
    public void close() {
        if (dump != null) {
            dump.close();
            dump = null;
        }
        pending.clear();
        next = null;
    }
}
