package org.citewatch.wiki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A file of page titles for {@code --pages-from}: one a line, UTF-8, blank lines and {@code #} comments skipped. */
final class TitleFile {

    private TitleFile() {}

    static List<String> read(Path file) throws IOException {
        List<String> titles = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String title = line.strip();
            if (title.startsWith("\uFEFF")) {
                title = title.substring(1).strip();
            }
            if (!title.isEmpty() && !title.startsWith("#")) {
                titles.add(title);
            }
        }
        return titles;
    }
}
