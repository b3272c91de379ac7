package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # Wayback: the canonical form, http and https, host variants, a port on the archive host
            https://web.archive.org/web/20130919044612/http://example.com/                 | WAYBACK | 20130919044612 | http://example.com/
            http://web.archive.org/web/20200119032503/https://www.latimes.com/              | WAYBACK | 20200119032503 | https://www.latimes.com/
            https://wayback.archive.org/web/20091101000000/http://www.example.org/a.html    | WAYBACK | 20091101000000 | http://www.example.org/a.html
            https://archive.org/web/20080101010101/http://example.net/                     | WAYBACK | 20080101010101 | http://example.net/
            http://www.web.archive.org/web/20070101000000/http://example.net/               | WAYBACK | 20070101000000 | http://example.net/
            https://WEB.ARCHIVE.ORG:443/web/20060101000000/http://example.net/              | WAYBACK | 20060101000000 | http://example.net/
            # Wayback: without /web/ the archive serves the same capture (issue 10)
            https://web.archive.org/20120112022139/http://www.example.gov/report.html       | WAYBACK | 20120112022139 | http://www.example.gov/report.html
            https://web.archive.org/20120112022139id_/http://www.example.gov/report.html    | WAYBACK | 20120112022139 | http://www.example.gov/report.html
            http://wayback.archive.org/2009/http://example.com/                            | WAYBACK | 20090000000000 | http://example.com/
            # Wayback: 4 to 13 digit timestamps are right-padded to 14
            https://web.archive.org/web/2005/http://example.com/old                        | WAYBACK | 20050000000000 | http://example.com/old
            https://web.archive.org/web/20120615/http://example.com/old                    | WAYBACK | 20120615000000 | http://example.com/old
            # Wayback: modifiers (id_, if_, im_, cm1_) sit between timestamp and original
            https://web.archive.org/web/20171124151315id_/https://www.fws.gov/birds/        | WAYBACK | 20171124151315 | https://www.fws.gov/birds/
            https://web.archive.org/web/20171124151315if_/https://www.fws.gov/birds/        | WAYBACK | 20171124151315 | https://www.fws.gov/birds/
            https://web.archive.org/web/20171124151315im_/https://www.fws.gov/logo.png      | WAYBACK | 20171124151315 | https://www.fws.gov/logo.png
            https://web.archive.org/web/20171124151315cm1_/https://www.fws.gov/birds/       | WAYBACK | 20171124151315 | https://www.fws.gov/birds/
            # Wayback: the original keeps its own query; :80 is dropped; no scheme stays as written
            https://web.archive.org/web/20100101000000/http://example.com/a?b=1&c=2         | WAYBACK | 20100101000000 | http://example.com/a?b=1&c=2
            http://web.archive.org/web/20060101213916/http://example.com:80/                | WAYBACK | 20060101213916 | http://example.com/
            https://web.archive.org/web/20050101000000/www.example.com/page                | WAYBACK | 20050101000000 | www.example.com/page
            # Wayback: an encoded original is decoded only when its scheme is encoded
            https://web.archive.org/web/20100101000000/http%3A%2F%2Fexample.com%2Fa%3Fq%3D1 | WAYBACK | 20100101000000 | http://example.com/a?q=1
            https://web.archive.org/web/20100101000000/http://example.com/search?q=a%26b    | WAYBACK | 20100101000000 | http://example.com/search?q=a%26b
            # Wayback: any scheme of original, or none at all
            https://web.archive.org/web/20100101000000/ftp://ftp.example.com/pub/file.txt   | WAYBACK | 20100101000000 | ftp://ftp.example.com/pub/file.txt
            https://web.archive.org/web/20100101000000/                                    | WAYBACK | 20100101000000 |
            # Wayback: calendars, * listings, fewer than 4 digits and the TimeGate are not snapshots
            https://web.archive.org/web/*/http://example.com/                              | WAYBACK |                | http://example.com/
            https://web.archive.org/web/2005*/http://example.com/                          | WAYBACK |                | http://example.com/
            https://web.archive.org/web/0/http://example.com/                              | WAYBACK |                | http://example.com/
            https://web.archive.org/web/http://example.com/                                | WAYBACK |                | http://example.com/
            # archive.today: every domain; long form with plain or dotted timestamp, short ids
            http://archive.today/20130618185742/http://www.cs.odu.edu/~mln/                 | ARCHIVE_TODAY | 20130618185742 | http://www.cs.odu.edu/~mln/
            https://archive.ph/2019.05.01-101010/https://example.com/a                     | ARCHIVE_TODAY | 20190501101010 | https://example.com/a
            https://archive.ph/x2vQs                                                       | ARCHIVE_TODAY |                |
            https://archive.is/AbC12                                                       | ARCHIVE_TODAY |                |
            https://archive.li/AbC12                                                       | ARCHIVE_TODAY |                |
            https://archive.md/AbC12                                                       | ARCHIVE_TODAY |                |
            https://archive.vn/AbC12                                                       | ARCHIVE_TODAY |                |
            https://archive.fo/AbC12                                                       | ARCHIVE_TODAY |                |
            https://archive.today/newest/https://example.com/a                             | ARCHIVE_TODAY |                | https://example.com/a
            # WebCite: ids, the original in the url parameter when given
            http://www.webcitation.org/5kmcvKpXd                                           | WEBCITE |                |
            http://www.webcitation.org/query?url=http://example.com/page&date=2009-10-12    | WEBCITE |                | http://example.com/page
            # Archive-It, arquivo.pt, UK Web Archive, Library of Congress: pywb-style replay paths
            https://wayback.archive-it.org/1234/20200101120000/http://example.gov/report    | ARCHIVE_IT | 20200101120000 | http://example.gov/report
            https://wayback.archive-it.org/all/20140101000000/http://example.gov/           | ARCHIVE_IT | 20140101000000 | http://example.gov/
            https://arquivo.pt/wayback/20091210144135/http://www.example.pt/               | ARQUIVO_PT | 20091210144135 | http://www.example.pt/
            https://arquivo.pt/noFrame/replay/20160304050607/https://example.pt/a          | ARQUIVO_PT | 20160304050607 | https://example.pt/a
            https://www.webarchive.org.uk/wayback/archive/20100405060708/http://www.example.co.uk/ | UK_WEB_ARCHIVE | 20100405060708 | http://www.example.co.uk/
            https://www.webarchive.org.uk/wayback/en/archive/20190101000000mp_/https://example.co.uk/x | UK_WEB_ARCHIVE | 20190101000000 | https://example.co.uk/x
            https://webarchive.loc.gov/all/20111219170040/http://www.example.gov/           | LIBRARY_OF_CONGRESS | 20111219170040 | http://www.example.gov/
            https://webarchive.loc.gov/legacy/20080101000000/http://example.gov/            | LIBRARY_OF_CONGRESS | 20080101000000 | http://example.gov/
            # Perma.cc and Ghostarchive: ids without date or original
            https://perma.cc/ABCD-1234                                                     | PERMA_CC |  |
            https://ghostarchive.org/archive/AbCdE                                         | GHOSTARCHIVE |  |
            https://ghostarchive.org/varchive/youtube/20211011/abc                         | GHOSTARCHIVE |  |
            # Wikiwix: the url parameter (up to &title=), or a cache path with a timestamp
            http://archive.wikiwix.com/cache/?url=http://www.example.fr/page.html&title=Page | WIKIWIX |  | http://www.example.fr/page.html
            https://archive.wikiwix.com/cache/20180329074145/http://www.example.fr/         | WIKIWIX | 20180329074145 | http://www.example.fr/
            """)
    void parsesArchiveUrlsOfEveryService(String raw, ArchiveService service, String timestamp, String original) {
        Optional<ArchiveUrl> parsed = ArchiveUrls.parse(raw);

        assertThat(parsed).as("recognised").isPresent();
        assertThat(parsed.get().service()).isEqualTo(service);
        assertThat(parsed.get().timestamp()).as("timestamp").isEqualTo(timestamp);
        assertThat(parsed.get().originalUrl()).as("original").isEqualTo(original);
        assertThat(parsed.get().raw()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://archive.org/details/texts",
                "https://archive.org/2012/annual-report",
                "https://web.archive.org/20120112022139/",
                "https://archive.org/post/12345/question",
                "https://example.com/web/20100101000000/http://example.com/",
                "https://web.archive.org.evil.example/web/20100101000000/http://example.com/",
                "ftp://web.archive.org/web/20100101000000/http://example.com/",
                "not a url",
                ""
            })
    void doesNotTakeOtherUrlsForArchives(String raw) {
        assertThat(ArchiveUrls.parse(raw)).isEmpty();
    }

    @Test
    void acceptsNullAsNotAnArchiveUrl() {
        assertThat(ArchiveUrls.parse(null)).isEmpty();
    }
}
