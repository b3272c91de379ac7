package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateTest {

    @ParameterizedTest(name = "{0} -> one request every {1} ms")
    @CsvSource({
        // the CDX default (80% of the hard 30/min) and the replay default
        "24/min, 2500",
        "120/min, 500",
        // seconds and hours, spaces and decimals
        "0.4/s, 2500",
        "2 / s, 500",
        "100/h, 36000"
    })
    void parsesRatesIntoRequestSpacing(String text, long millis) {
        assertThat(Rate.parse(text).interval()).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "24/day", "0/min", "-1/min", "fast", ""})
    void rejectsRatesItCannotKeepTo(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Rate.parse(text)).withMessageContaining("rate");
    }
}
