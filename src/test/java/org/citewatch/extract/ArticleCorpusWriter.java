package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark tool, not a test: writes a corpus of {@link ArticleCorpus} pages as {@code .wiki} files,
 * one folder per language ({@code en/}, {@code zh/}, {@code ja/}), so that {@code citewatch extract}
 * can be timed as a user runs it, over the whole corpus or one language. See
 * docs/extract-wikitext.md for the commands.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.citewatch.extract.ArticleCorpusWriter /tmp/corpus [total-MB=200] [en%=40] [zh%=35] [ja%=25]
 * </pre>
 */
public final class ArticleCorpusWriter {

    private static final long MB = 1024 * 1024;

    private ArticleCorpusWriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ArticleCorpusWriter DIR [total-MB] [en%] [zh%] [ja%]");
        }
        Path dir = Path.of(args[0]);
        long total = (args.length > 1 ? Long.parseLong(args[1]) : 200) * MB;
        int[] shares = {
            args.length > 2 ? Integer.parseInt(args[2]) : 40,
            args.length > 3 ? Integer.parseInt(args[3]) : 35,
            args.length > 4 ? Integer.parseInt(args[4]) : 25
        };
        int shareSum = shares[0] + shares[1] + shares[2];
        ArticleCorpus.Language[] languages = ArticleCorpus.Language.values();
        for (int l = 0; l < languages.length; l++) {
            long bytes = total * shares[l] / shareSum;
            int files = write(dir, languages[l], bytes);
            System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB%n", languages[l], files, bytes / (double) MB);
        }
    }

    private static int write(Path dir, ArticleCorpus.Language language, long targetBytes) throws IOException {
        Path folder = dir.resolve(language.name().toLowerCase(Locale.ROOT));
        Files.createDirectories(folder);
        ArticleCorpus corpus = new ArticleCorpus(language.ordinal() + 1L, language);
        long written = 0;
        int files = 0;
        while (written < targetBytes) {
            byte[] page = corpus.page(corpus.pageSize()).getBytes(UTF_8);
            Files.write(folder.resolve(String.format(Locale.ROOT, "page-%06d.wiki", ++files)), page);
            written += page.length;
        }
        return files;
    }
}
