package org.citewatch.extract;

import java.util.Random;

/**
 * Generates wikitext pages with the structure of real Wikipedia articles, deterministically from a
 * seed, for the benchmarks: a long infobox (many empty parameters, an image, a ref, a {@code {{URL}}}),
 * a lead, sections of long running text in the page's language with wikilinks, dense {@code <ref>}s
 * holding cite templates with a dozen parameters (authors, dates, archive copies, old and new CS1
 * names), named-ref reuse, {@code {{Dead link}}} and {@code {{webarchive}}} after links, bare URLs
 * after full-width punctuation, wikitables, comments, an external-links list, navboxes and
 * categories. Page sizes spread from stubs to long articles as on Wikipedia.
 */
final class ArticleCorpus {

    /** The language of a page's running text; templates and URLs are mostly ASCII in every one. */
    enum Language {
        EN,
        ZH,
        JA
    }

    private static final String[] EN_WORDS = {
        "the",
        "of",
        "and",
        "in",
        "to",
        "was",
        "is",
        "for",
        "on",
        "as",
        "by",
        "with",
        "from",
        "that",
        "at",
        "his",
        "which",
        "an",
        "were",
        "are",
        "government",
        "nuclear",
        "summit",
        "agency",
        "international",
        "president",
        "security",
        "agreement",
        "states",
        "first",
        "treaty",
        "during",
        "weapons",
        "meeting",
        "council",
        "report",
        "university",
        "published",
        "century",
        "population",
        "district",
        "railway",
        "station",
        "museum",
        "election",
        "party",
        "minister",
        "committee",
        "national",
        "research",
        "development",
        "historical",
        "architecture",
        "cathedral",
        "province",
        "river",
        "mountain"
    };
    private static final String ZH_CHARS =
            "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處理府研質";
    private static final String JA_KANA = "のにはをたがでてとしれさあるいうかもなこよりまんすおくだけせつそやめ";
    private static final String JA_KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロン";
    private static final String[] HOSTS = {
        "www.state.gov", "news.xinhuanet.com", "www.armscontrol.org", "www.iaea.org", "udn.com",
        "www.voanews.com", "www.mofa.go.kr", "www.nytimes.com", "www.bbc.co.uk", "www.asahi.com",
        "www3.nhk.or.jp", "www.people.com.cn", "www.reuters.com", "archive.org", "例子.中国",
        "www.theguardian.com", "www.mainichi.jp", "www.scmp.com", "doi.org", "books.google.com"
    };
    private static final String[] CITES = {
        "cite web", "cite news", "Cite journal", "cite book", "Cite web", "citation", "引用网页", "引用新闻", "Cite news"
    };
    private static final String[] MONTHS = {"January", "March", "May", "June", "October", "December"};

    private final Random random;
    private final Language language;
    private int refCounter;

    ArticleCorpus(long seed, Language language) {
        this.random = new Random(seed);
        this.language = language;
    }

    /**
     * A page's target size in characters: mostly a few kilobytes, some long articles, as the sizes
     * of Wikipedia articles spread (log-uniform between 2,000 and 160,000).
     */
    int pageSize() {
        return (int) Math.round(2_000 * Math.pow(80, random.nextDouble()));
    }

    /** A page of about {@code targetChars} characters. */
    String page(int targetChars) {
        StringBuilder out = new StringBuilder(targetChars + 8192);
        refCounter = 0;
        infobox(out);
        out.append("'''").append(words(3)).append("'''").append(language == Language.EN ? " is " : "（");
        paragraph(out);
        int section = 0;
        while (out.length() < targetChars) {
            if (random.nextInt(4) == 0) {
                out.append("\n== ")
                        .append(words(2))
                        .append(' ')
                        .append(++section)
                        .append(" ==\n");
            }
            switch (random.nextInt(12)) {
                case 0 -> table(out);
                case 1 -> out.append("<!-- ").append(words(6)).append(" http://www.example.org/draft -->\n");
                case 2 -> {
                    out.append("{{main|").append(words(2)).append("}}\n");
                    paragraph(out);
                }
                default -> paragraph(out);
            }
            out.append("\n\n");
        }
        tail(out);
        return out.toString();
    }

    private void infobox(StringBuilder out) {
        out.append("{{Infobox organization\n| name = ")
                .append(words(3))
                .append(" <br />{{lang|en|Nuclear Security Summit}}\n| image = Logo ")
                .append(random.nextInt(1000))
                .append(".svg\n| image_size = 220px\n| caption = [[File:Map.png|thumb|")
                .append(words(4))
                .append("]]\n");
        String[] empty = {
            "map",
            "msize",
            "mcaption",
            "motto",
            "extinction",
            "type",
            "status",
            "region_served",
            "language",
            "leader_title",
            "leader_name",
            "main_organ",
            "affiliations",
            "num_staff"
        };
        for (String param : empty) {
            out.append("| ").append(param).append(" = ");
            if (random.nextInt(3) == 0) {
                out.append("[[").append(words(2)).append("]]");
            }
            out.append('\n');
        }
        out.append("| formation = {{start date and age|")
                .append(1950 + random.nextInt(70))
                .append("|5|31}}\n| purpose = ")
                .append(words(8))
                .append(ref("purpose", bracketed()))
                .append("\n| website = ");
        if (random.nextBoolean()) {
            out.append("{{URL|").append(pick(HOSTS)).append("}}");
        } else {
            out.append("https://").append(pick(HOSTS)).append('/');
        }
        out.append("\n}}\n");
    }

    private void paragraph(StringBuilder out) {
        int sentences = 3 + random.nextInt(8);
        for (int i = 0; i < sentences; i++) {
            sentence(out);
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> out.append(ref(++refCounter % 4 == 0 ? "n" + refCounter : null, cite()));
                case 3 ->
                    out.append(ref(
                            null,
                            cite() + "{{Dead link|date=" + date() + " |bot=InternetArchiveBot |fix-attempted=yes }}"));
                case 4 ->
                    out.append(
                            refCounter > 4
                                    ? "<ref name=\"n" + (4 * (1 + random.nextInt(refCounter / 4))) + "\" />"
                                    : "");
                case 5 -> out.append(ref(null, bracketed() + " " + words(3)));
                case 6 ->
                    out.append(language == Language.EN ? ": " : "：")
                            .append(url())
                            .append(' ');
                default ->
                    out.append("[[")
                            .append(words(2))
                            .append('|')
                            .append(words(1))
                            .append("]]");
            }
        }
    }

    /** One sentence of running text: long runs of CJK characters with wikilinks, or English words. */
    private void sentence(StringBuilder out) {
        switch (language) {
            case EN ->
                out.append(Character.toUpperCase(words(1).charAt(0)))
                        .append(words(8 + random.nextInt(20)))
                        .append(". ");
            case ZH -> {
                hanzi(out, 15 + random.nextInt(60));
                out.append("，");
                hanzi(out, 10 + random.nextInt(40));
                out.append(random.nextInt(5) == 0 ? "（" + (1900 + random.nextInt(120)) + "年）" : "")
                        .append("。");
            }
            case JA -> {
                for (int i = 3 + random.nextInt(8); i > 0; i--) {
                    hanzi(out, 1 + random.nextInt(3));
                    kana(out, JA_KANA, 1 + random.nextInt(3));
                    if (random.nextInt(4) == 0) {
                        kana(out, JA_KATAKANA, 3 + random.nextInt(5));
                    }
                }
                out.append(random.nextInt(3) == 0 ? "、" : "").append("。");
            }
        }
    }

    private void table(StringBuilder out) {
        out.append("{| class=\"wikitable plainrowheaders sortable\"\n|-\n! ")
                .append(words(1))
                .append(" !! ")
                .append(words(1))
                .append(" !! ")
                .append(words(1))
                .append(" !! 備考\n");
        for (int row = 3 + random.nextInt(12); row > 0; row--) {
            out.append("|-\n| [[")
                    .append(words(2))
                    .append("|")
                    .append(words(1))
                    .append("]] || ")
                    .append(1990 + random.nextInt(30))
                    .append("年4月12日 || {{flagicon|USA}} || ")
                    .append(random.nextInt(4) == 0 ? ref(null, cite()) : words(2))
                    .append('\n');
        }
        out.append("|}");
    }

    private void tail(StringBuilder out) {
        out.append("\n== References ==\n{{reflist|30em}}\n\n== External links ==\n");
        for (int i = random.nextInt(6); i >= 0; i--) {
            out.append("* ").append(bracketed());
            if (random.nextInt(3) == 0) {
                out.append(" {{webarchive |url=https://web.archive.org/web/20090304030416/")
                        .append(url())
                        .append(" |date=2009年3月4日 }}");
            }
            out.append('\n');
        }
        out.append("* {{Official website|https://").append(pick(HOSTS)).append("/}}\n\n");
        out.append("{{Navbox|name=")
                .append(words(2))
                .append("|list1=[[")
                .append(words(2))
                .append("]]}}\n");
        out.append("{{Authority control}}\n\n[[Category:")
                .append(words(2))
                .append("]]\n[[Category:")
                .append(words(1))
                .append("]]\n");
    }

    /** A citation template with the many parameters real ones carry. */
    private String cite() {
        String url = url();
        StringBuilder cite = new StringBuilder(400).append("{{").append(pick(CITES));
        String sep = random.nextBoolean() ? " |" : "|";
        cite.append(sep)
                .append("last=")
                .append(words(1))
                .append(sep)
                .append("first=")
                .append(words(1));
        if (random.nextBoolean()) {
            cite.append(sep)
                    .append("last2=")
                    .append(words(1))
                    .append(sep)
                    .append("first2=")
                    .append(words(1));
        }
        cite.append(sep).append("title=").append(words(4 + random.nextInt(8)));
        cite.append(sep).append("url=").append(url);
        cite.append(sep).append(random.nextBoolean() ? "website=" : "work=").append(words(2));
        cite.append(sep).append("publisher=[[").append(words(2)).append("]]");
        cite.append(sep).append("date=").append(date());
        cite.append(sep).append("language=").append(language.name().toLowerCase(java.util.Locale.ROOT));
        switch (random.nextInt(3)) {
            case 0 ->
                cite.append(sep)
                        .append("access-date=")
                        .append(date())
                        .append(sep)
                        .append("archive-url=https://web.archive.org/web/20090530062757/")
                        .append(url)
                        .append(sep)
                        .append("archive-date=")
                        .append(date())
                        .append(sep)
                        .append("url-status=")
                        .append(random.nextBoolean() ? "live" : "dead");
            case 1 ->
                cite.append(sep)
                        .append("accessdate=")
                        .append(date())
                        .append(sep)
                        .append("deadurl=yes")
                        .append(sep)
                        .append("archiveurl=https://web.archive.org/web/20090530062757/")
                        .append(url)
                        .append(sep)
                        .append("archivedate=")
                        .append(date());
            default -> cite.append(sep).append("access-date=").append(date());
        }
        if (random.nextInt(4) == 0) {
            cite.append(sep)
                    .append("doi=10.1000/")
                    .append(random.nextInt(100_000))
                    .append(sep)
                    .append("pages=")
                    .append(random.nextInt(300))
                    .append("–")
                    .append(300 + random.nextInt(50))
                    .append(sep)
                    .append("chapter-url=")
                    .append(url());
        }
        if (random.nextInt(5) == 0) {
            cite.append(sep).append("quote=").append(words(12));
        }
        return cite.append("}}").toString();
    }

    private String date() {
        int year = 1998 + random.nextInt(25);
        return switch (random.nextInt(4)) {
            case 0 -> year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case 1 -> (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year;
            case 2 -> pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year;
            default -> year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
        };
    }

    private String bracketed() {
        return "[" + url() + " " + words(2 + random.nextInt(6)) + "]";
    }

    private String url() {
        StringBuilder url = new StringBuilder(96)
                .append(random.nextInt(3) == 0 ? "http://" : "https://")
                .append(pick(HOSTS))
                .append('/')
                .append(2000 + random.nextInt(24))
                .append('/')
                .append(random.nextInt(100_000))
                .append("/content_")
                .append(random.nextInt(1000))
                .append(".htm");
        if (random.nextInt(3) == 0) {
            url.append("?menu=m_20&amp;page=").append(random.nextInt(10));
        }
        return url.toString();
    }

    private static String ref(String name, String content) {
        return name == null ? "<ref>" + content + "</ref>" : "<ref name=\"" + name + "\">" + content + "</ref>";
    }

    /** Words in the page's language: English words, or runs of Chinese or Japanese characters. */
    private String words(int count) {
        StringBuilder out = new StringBuilder(count * 6);
        for (int i = 0; i < count; i++) {
            switch (language) {
                case EN -> out.append(i == 0 ? "" : " ").append(pick(EN_WORDS));
                case ZH -> hanzi(out, 2);
                case JA -> {
                    hanzi(out, 1);
                    kana(out, random.nextBoolean() ? JA_KANA : JA_KATAKANA, 1);
                }
            }
        }
        return out.toString();
    }

    private void hanzi(StringBuilder out, int count) {
        kana(out, ZH_CHARS, count);
    }

    private void kana(StringBuilder out, String alphabet, int count) {
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
