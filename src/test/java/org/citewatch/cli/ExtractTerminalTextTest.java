package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractTerminalTextTest {

    @ParameterizedTest(name = "[{0}] in {1} columns -> [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            # short text is padded with spaces
            abc      | 5 | 'abc  '
            # long text is cut and ends in an ellipsis
            abcdefgh | 5 | 'abcd…'
            # CJK characters take two columns each
            首尔      | 5 | '首尔 '
            首尔市政府 | 5 | '首尔…'
            首尔市政府 | 6 | '首尔… '
            """)
    void fitsTextToAWidthInTerminalColumns(String text, int width, String expected) {
        assertThat(ExtractTerminalText.fit(text, width)).isEqualTo(expected);
        assertThat(ExtractTerminalText.width(expected)).isEqualTo(width);
    }

    @Test
    void cutsAtTheStartWhenAskedToKeepTheEnd() {
        assertThat(ExtractTerminalText.fitEnd("dir/sub/page.wiki", 10)).isEqualTo("…page.wiki");
    }

    @Test
    void keepsSurrogatePairsWholeWhenCutting() {
        String emoji = "\uD83D\uDD17";

        assertThat(ExtractTerminalText.fitEnd("abc" + emoji + emoji, 5)).isEqualTo("…" + emoji + emoji);
    }

    @Test
    void replacesControlCharacters() {
        assertThat(ExtractTerminalText.printable("a\u0007b\u007fc\u0085d")).isEqualTo("a?b?c?d");
    }
}
