package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.extract.Wikitext.citations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10, item 6: the access marker of a citation (url-access, paywall tags), for the checker's paywall rule. */
class PaywallExtractionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # url-access, as CS1 spells it (old spellings too), in lower case
            "<ref>{{cite news |url=http://a.org/x |url-access=subscription}}</ref>" | subscription | true
            "<ref>{{cite news |url=http://a.org/x |urlaccess=Registration}}</ref>" | registration | true
            "<ref>{{cite journal |url=http://a.org/x |url-access=limited}}</ref>" | limited | true
            "<ref>{{cite web |url=http://a.org/x |url-access=free}}</ref>" | free | false
            # a paywall tag after the citation, in the same ref or right after it in running text
            "<ref>{{cite news |url=http://a.org/x}} {{subscription required}}</ref>" | subscription | true
            "<ref>{{cite news |url=http://a.org/x}} {{Subscription}}</ref>" | subscription | true
            "<ref>{{cite news |url=http://a.org/x}}{{paywall}}</ref>" | subscription | true
            "[http://a.org/x Story] {{registration required}}" | registration | true
            "<ref>{{cite news |url=http://a.org/x}} {{需要订阅}}</ref>" | subscription | true
            "<ref>{{引用新闻 |url=http://a.org/x}} {{要購読}}</ref>" | subscription | true
            "<ref>{{cite news |url=http://a.org/x}} {{Anmeldung erforderlich}}</ref>" | registration | true
            # url-access wins over a later tag
            "<ref>{{cite news |url=http://a.org/x |url-access=registration}} {{subscription required}}</ref>" | registration | true
            # nothing said
            "<ref>{{cite news |url=http://a.org/x}}</ref>" | - | false
            # a tag in another ref says nothing about this one
            "<ref>{{cite news |url=http://a.org/x}}</ref> text <ref>{{subscription required}}</ref>" | - | false
            """)
    void recordsHowAReaderGetsAtTheSource(String text, String access, boolean paywalled) {
        Citation citation = citations(text).get(0);

        assertThat(citation.access()).isEqualTo(access.equals("-") ? null : access);
        assertThat(citation.paywalled()).isEqualTo(paywalled);
    }

    @Test
    void pairsEachUrlParameterWithItsOwnAccessParameter() {
        List<Citation> found = citations("{{cite book |url=http://a.org/book |url-access=registration"
                + " |chapter-url=http://a.org/ch1 |chapter-url-access=subscription}}");

        assertThat(found)
                .extracting(Citation::url, Citation::access)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("http://a.org/book", "registration"),
                        org.assertj.core.groups.Tuple.tuple("http://a.org/ch1", "subscription"));
    }
}
