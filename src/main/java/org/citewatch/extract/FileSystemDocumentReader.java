package org.citewatch.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads documents from files, folders and MediaWiki XML dumps on the local file system.
 *
 * <p>Inputs are read in the order given; a folder is walked depth-first with the entries of each
 * folder in name order (symbolic links to folders inside it are not followed, so a link loop cannot
 * trap the walk). A file's type comes from its name: {@code .wiki}, {@code .wikitext} and {@code
 * .mediawiki} are wikitext, {@code .txt} a URL list, {@code .html} and {@code .htm} HTML, {@code
 * .xml}, {@code .xml.bz2} (multistream too) and {@code .xml.gz} MediaWiki exports or dumps whose
 * pages are read one at a time, each a wikitext document named by its title. Files of other types
 * inside a folder are ignored; given by name, they are an error.
 *
 * <p>Text files must be UTF-8 (a byte order mark is dropped). A missing input, an unreadable, binary,
 * non-UTF-8 or too large file, and a malformed dump are reported through the errors consumer with the
 * file, page and line; reading goes on with the next document. DTDs and external entities in dumps
 * are never loaded (XXE).
 */
public final class FileSystemDocumentReader implements DocumentReader {

    private final InputProperties settings;
    private final String wikiLanguage;

    /** A reader whose files have no known language (their own dates tell; see {@link DateStyle#detect}). */
    public FileSystemDocumentReader(InputProperties settings) {
        this(settings, null);
    }

    /**
     * @param wikiLanguage the language of files, and of dumps whose {@code <siteinfo>} names none
     *     ({@code citewatch.extract.wiki-lang}), or {@code null} when unknown
     */
    public FileSystemDocumentReader(InputProperties settings, String wikiLanguage) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.wikiLanguage = wikiLanguage;
    }

    /** Safe to call from several threads: each stream has its own parser factory. */
    @Override
    public DocumentStream open(List<Path> inputs, Consumer<DocumentError> errors) {
        return new FileDocumentStream(inputs, settings, SafeXml.newInputFactory(), errors, wikiLanguage);
    }
}
