package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Issue 12: files are decoded in one copy; the strict decoder runs only when U+FFFD shows. */
class TextFileLoaderTest {

    @TempDir
    Path dir;

    private final TextFileLoader loader = new TextFileLoader(DataSize.ofKilobytes(1));

    private TextFileLoader.Result load(byte[] bytes) throws IOException {
        Path file = dir.resolve("page.wiki");
        Files.write(file, bytes);
        return loader.load(file);
    }

    @Test
    void readsAReplacementCharacterWrittenInTheFileAsText() throws IOException {
        TextFileLoader.Result result = load("首尔 \uFFFD http://x.org".getBytes(UTF_8));

        assertThat(result).isEqualTo(new TextFileLoader.Text("首尔 \uFFFD http://x.org"));
    }

    @Test
    void reportsTheFirstByteThatIsNotUtf8EvenAfterAReplacementCharacter() throws IOException {
        byte[] valid = "a\uFFFD\nb".getBytes(UTF_8);
        byte[] bytes = new byte[valid.length + 1];
        System.arraycopy(valid, 0, bytes, 0, valid.length);
        bytes[valid.length] = (byte) 0xC3; // a lead byte with nothing after it

        TextFileLoader.Result result = load(bytes);

        assertThat(result)
                .isEqualTo(new TextFileLoader.Failure(
                        2, "not UTF-8 text (invalid byte at offset " + valid.length + "); skipped"));
    }

    @Test
    void readsAFileOfExactlyTheLimitAndRefusesOneByteMore() throws IOException {
        assertThat(load("x".repeat(1024).getBytes(UTF_8))).isInstanceOf(TextFileLoader.Text.class);
        assertThat(load("x".repeat(1025).getBytes(UTF_8))).isInstanceOf(TextFileLoader.Failure.class);
    }

    @Test
    void dropsAByteOrderMarkAndKeepsTheRest() throws IOException {
        assertThat(load("\uFEFF{{cite web}}".getBytes(UTF_8))).isEqualTo(new TextFileLoader.Text("{{cite web}}"));
    }
}
