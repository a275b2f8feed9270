package news.dateline.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import news.dateline.ingest.PublishedTime;
import news.dateline.ingest.UnreadableStoryException;
import news.dateline.ingest.WireStory;
import news.dateline.ingest.WireStory.OtherNewsItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireStoryParserTest {

    static final String SEED_000 = "000_258e50e98d528126.txt";
    static final String SEED_001 = "001_94abdc3e01e3173c.txt";
    static final String SEED_002 = "002_35e43fbe01d78049.txt";
    static final String SEED_003 = "003_88d542df90955406.txt";
    static final String SEED_004 = "004_26e36c22f6df07dc.txt";

    /** Page furniture that must never reach a paragraph. */
    static final List<String> CHROME = List.of("Email Print", "ຂປລ", "ຂ່າວອື່ນໆ", "ads", "Top", "VNA/VNS", "MENAFN");

    /** Today is 10 December 2025: a dateline's "Dec 9" is the day before. */
    final WireStoryParser parser = new WireStoryParser(
            java.time.Clock.fixed(java.time.Instant.parse("2025-12-10T06:00:00Z"), java.time.ZoneOffset.UTC));

    static Stream<String> seeds() {
        return Stream.of(SEED_000, SEED_001, SEED_002, SEED_003, SEED_004);
    }

    static byte[] seedBytes(String name) {
        return read(Path.of("seeds", name));
    }

    static String seedText(String name) {
        return new String(seedBytes(name), StandardCharsets.UTF_8);
    }

    static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WireStory parseSeed(String name) {
        return parser.parse(seedBytes(name));
    }

    WireStory parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    WireStory parseWire(String name) {
        return parser.parse(read(Path.of("src", "test", "resources", "wire", name)));
    }

    static void assertNoChrome(WireStory story) {
        for (String paragraph : story.paragraphs()) {
            for (String chrome : CHROME) {
                assertThat(paragraph).as("paragraph free of '%s'", chrome).doesNotContain(chrome);
            }
        }
    }

    @Nested
    class Seeds {

        @Test
        void seed000KplPageWithCaptionAndEmptyOtherNewsList() {
            WireStory story = parseSeed(SEED_000);

            assertThat(story.headline()).isEqualTo("Laos, Azerbaijan Mark 30 Years with Stronger Bilateral Ties");
            assertThat(story.headlineFromLead()).isFalse();
            assertThat(story.published()).hasToString("2025-12-10T10:34:00+07:00");
            assertThat(story.source()).isEqualTo("KPL");
            assertThat(story.dateline()).isNull();
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.paragraphs()).hasSize(11);
            assertThat(story.paragraphs().getFirst()).isEqualTo(
                    "Laos and Azerbaijan are strengthening bilateral cooperation as the two nations mark the 30th "
                            + "anniversary of diplomatic relations, officially established in 1995. Despite this milestone, "
                            + "the foundation of their partnership dates back to the Soviet era, reflecting decades of "
                            + "educational, political, and cultural exchange. Azerbaijan’s Deputy Minister of Foreign "
                            + "Affairs, Mr. Elnur Mammadov, highlighted this long-standing relationship in an interview "
                            + "with Lao media on 9 December 2025 in Vientiane.");
            assertThat(story.paragraphs().getLast()).isEqualTo(
                    "As Laos and Azerbaijan enter their fourth decade of diplomatic relations, both nations remain "
                            + "committed to deepening cooperation across political, economic, and cultural fields—building "
                            + "on a partnership rooted in shared history and mutual priorities.");
            assertThat(story.captions())
                .containsExactly("Azerbaijan’s Deputy Minister of Foreign Affairs, Mr. Elnur Mammadov");
            assertThat(story.paragraphs())
                .doesNotContain("Azerbaijan’s Deputy Minister of Foreign Affairs, Mr. Elnur Mammadov", "KPL");
            assertThat(story.otherNews()).isEmpty();
            assertThat(story.warnings()).isEmpty();
            assertThat(story.contentHash()).matches("[0-9a-f]{64}");
            assertNoChrome(story);
        }

        @Test
        void seed001KplPageWithOtherNewsList() {
            WireStory story = parseSeed(SEED_001);

            assertThat(story.headline())
                .isEqualTo("Laos and Azerbaijan Hold First Political Consultation to Boost Ties");
            assertThat(story.headlineFromLead()).isFalse();
            assertThat(story.published()).hasToString("2025-12-10T13:05:00+07:00");
            assertThat(story.source()).isEqualTo("KPL");
            assertThat(story.dateline()).isNull();
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.paragraphs()).hasSize(5);
            assertThat(story.paragraphs().getFirst())
                .isEqualTo("Laos and Azerbaijan held their first political consultation on 8 December in Vientiane, "
                        + "signalling a stronger push to deepen bilateral cooperation. The meeting was co-chaired by "
                        + "Lao Deputy Foreign Minister Maithong Thammavongsa and his Azerbaijani counterpart Elnur "
                        + "Mammadov, with officials from both governments in attendance.");
            assertThat(story.paragraphs().get(1)).startsWith("Mr Maithong welcomed the Azerbaijani delegation");
            assertThat(story.paragraphs().getLast()).isEqualTo(
                    "The successful consultations underscored the two nations’ commitment to broadening cooperation "
                            + "across multiple sectors in the years ahead.");
            assertThat(story.captions()).isEmpty();
            assertThat(story.warnings()).isEmpty();
            assertNoChrome(story);
        }

        @Test
        void seed001OtherNewsItemsAreReferencesNotBody() {
            List<OtherNewsItem> items = parseSeed(SEED_001).otherNews();

            assertThat(items).hasSize(5);
            assertThat(items).extracting(OtherNewsItem::headline)
                .containsExactly("Laos and Azerbaijan Mark 30 Years of Diplomatic Relations",
                        "Laos, Azerbaijan Mark 30 Years with Stronger Bilateral Ties",
                        "Vietnamese Peace Committee Delegation Visits Laos",
                        "President Kaysone Phomvihane lives on in the hearts of Lao and Vietnamese people",
                        "Laos and Azerbaijan Hold Inaugural Political Consultations");
            assertThat(items).extracting(item -> item.published().toString())
                .containsExactly("2025-12-10T13:43:08+07:00", "2025-12-10T10:34:16+07:00", "2025-12-10T10:02:31+07:00",
                        "2025-12-10T09:47:57+07:00", "2025-12-09T10:02:30+07:00");
            assertThat(items.getFirst().lead()).isEqualTo(
                    "Laos and Azerbaijan celebrated the 30th anniversary of diplomatic relations on 9 December with a "
                            + "ceremony in Vientiane, attended by Lao Foreign Minister Thongsavanh Phomvihane and Azerbaijani "
                            + "Deputy Foreign Minister Elnur Mammadov, along with senior officials and diplomats.");
            assertThat(items.get(3).lead()).startsWith("(KPL/VNA) A special talk on the life and career");
            assertThat(items).allSatisfy(item -> assertThat(item.headline()).doesNotEndWith("Politics"));
            assertThat(parseSeed(SEED_001).paragraphs())
                .noneMatch(p -> p.contains("Vietnamese Peace Committee") || p.contains("12/10/2025"));
        }

        @Test
        void seed002MenafnTrendCopyWithoutHeadline() {
            WireStory story = parseSeed(SEED_002);

            assertThat(story.headline()).isEqualTo(
                    "A delegation from Azerbaijan visited the Lao People's Democratic Republic (Laos) on December 8-9, 2025");
            assertThat(story.headlineFromLead()).isTrue();
            assertThat(story.published()).hasToString("2025-12-09");
            assertThat(story.published().hasTime()).isFalse();
            assertThat(story.source()).isEqualTo("Trend News Agency");
            assertThat(story.dateline()).isNull();
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.paragraphs()).hasSize(7);
            assertThat(story.paragraphs().getFirst()).isEqualTo(
                    "A delegation from Azerbaijan, led by Deputy Minister of Foreign Affairs Elnur Mammadov, visited "
                            + "the Lao People's Democratic Republic (Laos) on December 8-9, 2025, to discuss ways to "
                            + "strengthen political, economic, and humanitarian cooperation between the two countries, "
                            + "Trend reports via the Azerbaijani MFA.");
            assertThat(story.paragraphs().getLast()).isEqualTo(
                    "Members of the Azerbaijan-Laos Friendship Association, including Laotians who previously studied "
                            + "in Baku, also attended the event.");
            assertThat(story.captions()).isEmpty();
            assertThat(story.otherNews()).isEmpty();
            assertThat(story.warnings()).containsExactly("no headline in the copy: built from the lead");
            assertNoChrome(story);
        }

        @Test
        void seed003VnaCopyWithDatelineAndSignOff() {
            WireStory story = parseSeed(SEED_003);

            assertThat(story.headline()).isEqualTo(
                    "President of Azerbaijan Ilham Aliyev has highlighted the traditional friendship with Việt Nam");
            assertThat(story.headlineFromLead()).isTrue();
            assertThat(story.published()).hasToString("2025-05-06");
            assertThat(story.source()).isEqualTo("Vietnam News Agency");
            assertThat(story.dateline()).isEqualTo("Moscow");
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.paragraphs()).hasSize(20);
            assertThat(story.paragraphs().getFirst()).isEqualTo(
                    "President of Azerbaijan Ilham Aliyev has highlighted the traditional friendship with Việt Nam that "
                            + "has lasted for more than half a century, as the two nations are preparing for a state visit "
                            + "to Azerbaijan by General Secretary of the Central Committee of the Communist Party of Việt "
                            + "Nam Tô Lâm on May 7-8.");
            assertThat(story.paragraphs().getLast())
                .isEqualTo("The implementation of exchange programmes and cooperation in science-technology was also "
                        + "identified as a promising area for the development of bilateral relations, he added.");
            assertThat(story.captions()).isEmpty();
            assertThat(story.otherNews()).isEmpty();
            assertThat(story.warnings()).containsExactly("no headline in the copy: built from the lead");
            assertNoChrome(story);
        }

        @Test
        void seed004CopyThatNamesNoAgency() {
            WireStory story = parseSeed(SEED_004);

            assertThat(story.headline()).isEqualTo("Ilham Aliyev held an expanded meeting with To Lam");
            assertThat(story.headlineFromLead()).isTrue();
            assertThat(story.published()).hasToString("2025-05-07");
            assertThat(story.source()).isNull();
            assertThat(story.dateline()).isEqualTo("Azerbaijan");
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.paragraphs()).hasSize(12);
            assertThat(story.paragraphs().getFirst()).isEqualTo(
                    "On May 7, Ilham Aliyev, President of the Republic of Azerbaijan, held an expanded meeting with To "
                            + "Lam, General Secretary of the Central Committee of the Communist Party of the Socialist "
                            + "Republic of Vietnam.");
            assertThat(story.paragraphs().getLast()).isEqualTo(
                    "Secretary General To Lam extended an invitation to President Ilham Aliyev to visit Vietnam, which "
                            + "the President gratefully accepted.");
            assertThat(story.captions()).isEmpty();
            assertThat(story.otherNews()).isEmpty();
            assertThat(story.warnings()).containsExactly("no headline in the copy: built from the lead");
            assertNoChrome(story);
        }

        @ParameterizedTest
        @MethodSource("news.dateline.ingest.wire.WireStoryParserTest#seeds")
        void builtHeadlinesAreShortAndNeverTheDatelineOrAgency(String seed) {
            WireStory story = parseSeed(seed);

            assertThat(story.headline()).isNotBlank().doesNotStartWith(" ");
            if (story.headlineFromLead()) {
                assertThat(story.headline().length()).isLessThanOrEqualTo(HeadlineMaker.MAX_LENGTH);
                assertThat(story.headline()).doesNotContain("date 20", "MENAFN", "MOSCOW", "AZERBAIJAN, May");
            }
            assertThat(story.paragraphs()).doesNotContain(story.headline());
        }

    }

    @Nested
    class ContentHashes {

        @ParameterizedTest
        @MethodSource("news.dateline.ingest.wire.WireStoryParserTest#seeds")
        void theSameStoryReadTwiceHashesTheSame(String seed) {
            assertThat(parseSeed(seed).contentHash()).isEqualTo(parseSeed(seed).contentHash());
        }

        @ParameterizedTest
        @MethodSource("news.dateline.ingest.wire.WireStoryParserTest#seeds")
        void crlfLineEndingsChangeNothing(String seed) {
            WireStory lf = parseSeed(seed);
            WireStory crlf = parse(seedText(seed).replace("\n", "\r\n"));

            assertThat(crlf.contentHash()).isEqualTo(lf.contentHash());
            assertThat(crlf).usingRecursiveComparison().isEqualTo(lf);
        }

        @ParameterizedTest
        @MethodSource("news.dateline.ingest.wire.WireStoryParserTest#seeds")
        void aByteOrderMarkIsStripped(String seed) {
            byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, seedBytes(seed));

            assertThat(parser.parse(withBom)).usingRecursiveComparison().isEqualTo(parseSeed(seed));
        }

        @Test
        void anotherPrintCounterOrOtherNewsListKeepsTheHash() {
            String original = seedText(SEED_001);
            String otherCounter = original.replace("Email Print 111", "Email Print 123");
            String noList = original.substring(0, original.indexOf("ຂ່າວອື່ນໆ"));

            assertThat(otherCounter).isNotEqualTo(original);
            assertThat(parse(otherCounter).contentHash()).isEqualTo(parseSeed(SEED_001).contentHash());
            assertThat(parse(noList).contentHash()).isEqualTo(parseSeed(SEED_001).contentHash());
        }

        @Test
        void caseWhitespaceAndUnicodeFormDoNotChangeTheHash() {
            String nfc = "Việt Nam talks\n\nViệt Nam and Laos held talks on Monday.";
            String decomposed = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
            String shouting = "VIỆT NAM TALKS\n\nViệt Nam   and Laos held\ntalks on Monday.";

            String hash = parse(nfc).contentHash();
            assertThat(parse(decomposed).contentHash()).isEqualTo(hash);
            assertThat(parse(shouting).contentHash()).isEqualTo(hash);
        }

        @Test
        void differentStoriesHashDifferently() {
            Set<String> hashes = new HashSet<>();
            seeds().forEach(seed -> hashes.add(parseSeed(seed).contentHash()));

            assertThat(hashes).hasSize(5).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        }

    }

    @Nested
    class BadInput {

        @ParameterizedTest
        @ValueSource(strings = { "", " ", "\n\n", "\r\n\t  \r\n", "\u00A0\u2003\n", "\uFEFF" })
        void emptyOrBlankIsAnEmptyFile(String text) {
            assertThatThrownBy(() -> parse(text)).isInstanceOf(UnreadableStoryException.class).hasMessage("empty file");
        }

        @Test
        void aByteOrderMarkAloneIsAnEmptyFile() {
            assertThatThrownBy(() -> parser.parse(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n' }))
                .isInstanceOf(UnreadableStoryException.class)
                .hasMessage("empty file");
        }

        @Test
        void nulBytesAreBinary() {
            byte[] content = concat("Laos talks\n\nThe".getBytes(StandardCharsets.UTF_8), new byte[] { 0, 0, 1, 2 },
                    " text.".getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> parser.parse(content)).isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining("binary")
                .hasMessageContaining("NUL");
        }

        @Test
        void manyControlCharactersAreBinary() {
            assertThatThrownBy(() -> parse("\u0001\u0002\u0003Laos\u0004\u0005\u0006"))
                .isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining("binary data")
                .hasMessageContaining("control characters");
        }

        @Test
        void bytesThatAreNeitherUtf8NorWindows1252AreNotText() {
            byte[] content = { (byte) 0xC3, (byte) 0x28, (byte) 0x81, (byte) 0xA1, (byte) 0xFF, (byte) 0xFE };

            assertThatThrownBy(() -> parser.parse(content)).isInstanceOf(UnreadableStoryException.class)
                .hasMessage("not text: neither valid UTF-8 nor plausible windows-1252");
        }

        @Test
        void plausibleWindows1252IsReadWithAWarning() {
            byte[] content = "Café owners protest\n\nCafé owners in Vientiane protested a new tax on Monday."
                .getBytes(Charset.forName("windows-1252"));

            WireStory story = parser.parse(content);

            assertThat(story.headline()).isEqualTo("Café owners protest");
            assertThat(story.paragraphs()).containsExactly("Café owners in Vientiane protested a new tax on Monday.");
            assertThat(story.warnings()).contains("not valid UTF-8: read as windows-1252");
        }

        @Test
        void utf16WithItsByteOrderMarkIsRead() {
            WireStory story = parser
                .parse("Laos talks\n\nLaos held talks on Monday.".getBytes(StandardCharsets.UTF_16));

            assertThat(story.headline()).isEqualTo("Laos talks");
            assertThat(story.paragraphs()).containsExactly("Laos held talks on Monday.");
        }

        @ParameterizedTest
        @ValueSource(strings = { "Email Print 111\nads\nads\n\nTop", "10/12/2025 10:34", " date 2025-12-09 ",
                "ຂ່າວອື່ນໆ\n\n    • Laos and Azerbaijan Mark 30 Years of Diplomatic RelationsPolitics\n" })
        void copyWithNoStoryTextIsUnreadable(String text) {
            assertThatThrownBy(() -> parse(text)).isInstanceOf(UnreadableStoryException.class)
                .hasMessageContaining("no story text");
        }

        @Test
        void aHeadlineWithoutBodyIsKeptAndSaysSo() {
            WireStory story = parse("Laos, Azerbaijan Mark 30 Years\n\n10/12/2025 10:34\nEmail Print 3\n\nads\nTop");

            assertThat(story.headline()).isEqualTo("Laos, Azerbaijan Mark 30 Years");
            assertThat(story.headlineFromLead()).isFalse();
            assertThat(story.paragraphs()).isEmpty();
            assertThat(story.language()).isNull();
            assertThat(story.warnings()).contains("no body text");
        }

        @Test
        void randomBytesAndOddTextNeverThrowAnythingElse() {
            Random random = new Random(20251210);
            List<byte[]> inputs = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                byte[] bytes = new byte[random.nextInt(400)];
                random.nextBytes(bytes);
                inputs.add(bytes);
                inputs.add(randomText(random, "abcdefgh ABCDEFG .,;:!?—–-•()'’\"\n\n\r\t0123456789/ຂປລ"));
                inputs.add(randomText(random,
                        " \n.KPL ຂປລ AP (AP) — VNA/VNS MOSCOW, May 7 - date 2025-12-09 10/12/2025 Top ads"));
            }
            inputs.add(("word ".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
            inputs.add(("A sentence that goes on. ".repeat(40_000)).getBytes(StandardCharsets.UTF_8));
            inputs.add("x".repeat(300_000).getBytes(StandardCharsets.UTF_8));
            inputs.add(("MOSCOW — " + "y".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
            inputs.add(" ".repeat(100_000).concat(".").getBytes(StandardCharsets.UTF_8));
            inputs.add("Email Print 111\nads\nTop".getBytes(StandardCharsets.UTF_8));
            inputs.add("10/12/2025 10:34".getBytes(StandardCharsets.UTF_8));
            inputs.add("31/02/2025".getBytes(StandardCharsets.UTF_8));
            inputs.add(".".getBytes(StandardCharsets.UTF_8));
            inputs.add("KPL".getBytes(StandardCharsets.UTF_8));
            inputs.add("•".getBytes(StandardCharsets.UTF_8));
            inputs.add("— VNA/VNS".getBytes(StandardCharsets.UTF_8));
            inputs.add("MENAFN - Trend News Agency)".getBytes(StandardCharsets.UTF_8));
            inputs.add("\uD83D\uDE00".repeat(200).getBytes(StandardCharsets.UTF_8));

            int readable = 0;
            for (byte[] input : inputs) {
                try {
                    WireStory story = parser.parse(input);
                    readable++;
                    assertThat(story.headline()).as("headline of %s", preview(input)).isNotBlank();
                    assertThat(story.contentHash()).matches("[0-9a-f]{64}");
                    if (!story.headlineFromLead()) {
                        continue;
                    }
                    assertThat(story.headline().length()).isLessThanOrEqualTo(HeadlineMaker.MAX_LENGTH);
                }
                catch (UnreadableStoryException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
            assertThat(readable).as("some of the odd inputs are readable stories").isGreaterThan(1000);
        }

        private static byte[] randomText(Random random, String alphabet) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(500);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String preview(byte[] input) {
            String text = new String(input, StandardCharsets.UTF_8);
            return text.length() > 80 ? text.substring(0, 80) + "..." : text;
        }

    }

    @Nested
    class PublicationDates {

        @ParameterizedTest
        @CsvSource(delimiter = '|',
                value = { "Monday 2 December 2024 08.30 GMT | 2024-12-02T08:30:00+00:00",
                        "Updated 14:05 ET, Mon December 2, 2024       | 2024-12-02T14:05:00-05:00",
                        "Published 09:15 ET, Tue July 1, 2025         | 2025-07-01T09:15:00-04:00",
                        "Thứ Hai, ngày 02/12/2024 - 10:15             | 2024-12-02T10:15:00+07:00",
                        "Ngày 02 tháng 12 năm 2024                    | 2024-12-02",
                        "2 tháng 12, 2024 10:15                       | 2024-12-02T10:15:00+07:00",
                        "8 ທັນວາ 2025                                  | 2025-12-08" })
        void dateLinesOfBritishAmericanAndVietnamesePages(String line, String published) {
            WireStory story = parse("Laos and Vietnam sign trade deal\n\n" + line
                    + "\n\nVIENTIANE (KPL) -- Laos and Vietnam signed a trade agreement in Vientiane.");

            assertThat(story.published()).hasToString(published);
        }

        @Test
        void aLabelledDateLineUnderAStandfirstAndTrendsSlashedSign() {
            WireStory story = parse("""
                    Vietnam to buy more US goods

                    Hanoi agrees to buy more American farm goods to avoid tariffs on its key exports.

                    Published On 30 Nov 2026

                    Vietnam has agreed to buy more American farm goods, officials said on Sunday in Hanoi.
                    """);
            assertThat(story.published()).hasToString("2026-11-30");
            WireStory trend = parse("""
                    SOCAR, Petrovietnam sign agreement on joint exploration

                    03.12.2026, 15:40

                    BAKU, Azerbaijan, December 3. /TREND/

                    SOCAR and Petrovietnam signed an agreement on joint exploration in the Caspian Sea.
                    """);
            assertThat(trend.source()).isEqualTo("Trend News Agency");
            assertThat(trend.dateline()).isEqualTo("Baku");
            assertThat(trend.published()).hasToString("2026-12-03T15:40:00+04:00");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|',
                value = { "'03.12.2026, 15:40 • Oil&Gas'             | 2026-12-03",
                        "'November 19, 2026 | 09:12 (VNT)'          | 2026-11-19T09:12:00+07:00",
                        "'Thursday, 3/12/2026, 9:48 pm (GMT+7)'     | 2026-12-03T21:48:00+07:00",
                        "'3/12/2026 9:48 PM EST'                    | 2026-03-12T21:48:00-05:00" })
        void aSectionAfterABulletVietnamTimeAndDayFirstDatesEastOfUtc(String line, String published) {
            WireStory story = parse("Laos and Vietnam sign trade deal\n\n" + line
                    + "\n\nLaos and Vietnam signed a trade agreement in Vientiane on Thursday.");

            assertThat(story.published()).hasToString(published);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "'Source: Xinhua| 2026-12-02 18:26:41|Editor: huaxia'  | Xinhua | 2026-12-02T18:26:41+08:00",
                "November 20, 2026 18:05 GMT+700                       | ANTARA | 2026-11-20T18:05:00+07:00",
                "Politics Materials 3 December 2026 13:47 (UTC +04:00) | Trend  | 2026-12-03T13:47:00+04:00",
                "'Publication date 17 November 2026 | 10:15 ICT'       | KPL    | 2026-11-17T10:15:00+07:00",
                "All News 15:20 December 01, 2026                      | Yonhap | 2026-12-01T15:20:00+09:00",
                "14:35 / 09.10.2026   3214                             | KPL    | 2026-10-09T14:35:00+07:00",
                "PUBLISHED : 26 Nov 2026 at 18:42   UPDATED : 26 Nov 2026 at 19:05 | KPL | 2026-11-26T18:42:00+07:00" })
        void dateLinesWithTheLabelsAndZonesOfAgencyPages(String line, String agency, String published) {
            String lead = "\n\nVIENTIANE, Dec. 1 (" + agency + ") -- Laos and Azerbaijan signed a trade agreement.";
            for (String copy : List.of("Laos and Azerbaijan sign trade deal\n" + line + lead,
                    line + "\n\nLaos and Azerbaijan sign trade deal" + lead)) {
                WireStory story = parse(copy);

                assertThat(story.published()).as(copy).hasToString(published);
                assertThat(story.headline()).as(copy).isEqualTo("Laos and Azerbaijan sign trade deal");
            }
        }

        @Test
        void kplHeaderIsDayFirstInLaoTime() {
            assertThat(parse("Headline\n\n03/04/2025 09:05\nKPL Laos held talks.").published())
                .hasToString("2025-04-03T09:05:00+07:00");
        }

        @Test
        void anImpossibleDateIsNullWithAWarningNamingIt() {
            WireStory story = parse("Laos talks\n\n31/02/2025 10:34\nKPL Laos held talks on Monday.");

            assertThat(story.published()).isNull();
            assertThat(story.warnings())
                .anySatisfy(w -> assertThat(w).startsWith("unreadable date").contains("31/02/2025"));
            assertThat(story.paragraphs()).containsExactly("Laos held talks on Monday.");
        }

        @Test
        void anImpossibleDatePrefixIsNullWithAWarning() {
            WireStory story = parse(" date 2025-13-45 MOSCOW — Talks were held on Monday.");

            assertThat(story.published()).isNull();
            assertThat(story.warnings()).contains("unreadable date '2025-13-45'");
            assertThat(story.paragraphs()).containsExactly("Talks were held on Monday.");
        }

        @Test
        void noDateIsNullWithAWarning() {
            WireStory story = parse("Laos talks\n\nLaos held talks on Monday.");

            assertThat(story.published()).isNull();
            assertThat(story.warnings()).containsExactly("no publication date found");
        }

        @Test
        void aDateInTheBodyIsNeverThePublicationDate() {
            assertThat(parse("Laos talks\n\nLaos held talks on 9 December 2025.\n\n10/12/2025").published()).isNull();
        }

        @Test
        void aDateAndTimeLineClosingTheCopyIsThePublicationTime() {
            WireStory story = parse("Trains run\n\nVIENTIANE, April 13 (Xinhua) -- The first train left on Thursday."
                    + "\n\nMore trains will follow.\n\n2023-04-13 21:05:31");

            assertThat(story.published()).as("Xinhua's home zone").hasToString("2023-04-13T21:05:31+08:00");
            assertThat(story.paragraphs()).containsExactly("The first train left on Thursday.",
                    "More trains will follow.");
        }

        @Test
        void aMastheadLineWithItsDateAndSectionsGivesTheDate() {
            WireStory story = parse("KYODO NEWS\nJapan  World  Business  Politics\n\n"
                    + "KYODO NEWS - Oct 10, 2024 - 10:52 | World, All\n\nIshiba arrives in Laos\n\n"
                    + "VIENTIANE (Kyodo) -- Prime Minister Shigeru Ishiba arrived on Thursday.");

            assertThat(story.published()).hasToString("2024-10-10T10:52:00+09:00");
            assertThat(story.headline()).isEqualTo("Ishiba arrives in Laos");
        }

        @Test
        void americanZoneAbbreviationsAndUpdateNotes() {
            WireStory story = parse("Leaders sign deal\n\nAugust 8, 2025 5:41 PM EDT  Updated 14 min ago\n\n"
                    + "WASHINGTON, Aug 8 (Reuters) - The leaders signed a declaration on Friday.");

            assertThat(story.published()).hasToString("2025-08-08T17:41:00-04:00");
        }

        @Test
        void aTimeWithoutAKnownZoneKeepsOnlyTheDate() {
            WireStory story = parse("Laos talks\n\n10/12/2025 10:34\n\nLaos held talks on Monday.");

            assertThat(story.published()).hasToString("2025-12-10");
            assertThat(story.warnings()).anyMatch(w -> w.contains("no known time zone"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|',
                value = { "2025-12-09T10:34:00Z          | 2025-12-09T10:34:00+00:00",
                        "9 December 2025 10:34 GMT+7   | 2025-12-09T10:34:00+07:00",
                        "Tuesday, December 9, 2025     | 2025-12-09",
                        "Dec. 9, 2025 1:05 PM UTC      | 2025-12-09T13:05:00+00:00",
                        "2025-12-09 18:30 +0330        | 2025-12-09T18:30:00+03:30" })
        void headerDatesWithTheirOwnZone(String header, String expected) {
            assertThat(parse("Laos talks\n" + header + "\n\nLaos held talks on Monday.").published())
                .hasToString(expected);
        }

        @Test
        void theOtherNewsListIsMonthFirstWithATwelveHourClock() {
            WireStory story = parse("Laos talks\n\n10/12/2025 13:05\nKPL Laos held talks.\n\nຂ່າວອື່ນໆ\n\n"
                    + "    • Rice exports riseEconomics\n\n      Rice exports rise\n\n      1/2/2025 12:15:00 AM\n\n      Teaser.\n");

            assertThat(story.otherNews()).containsExactly(new OtherNewsItem("Rice exports rise",
                    PublishedTime.of(java.time.OffsetDateTime.parse("2025-01-02T00:15:00+07:00")), "Teaser."));
        }

        @Test
        void anOtherNewsItemWithoutItsRepeatedHeadlineLosesOnlyAGluedSection() {
            WireStory story = parse("Laos talks\n\nLaos held talks.\n\nຂ່າວອື່ນໆ\n"
                    + "• Rice exports riseEconomics\n• The politics of rice Politics\n13/45/2025 9:00:00 AM\n");

            assertThat(story.otherNews()).extracting(OtherNewsItem::headline)
                .containsExactly("Rice exports rise", "The politics of rice Politics");
            assertThat(story.otherNews().get(1).published()).isNull();
            assertThat(story.warnings()).contains("unreadable date '13/45/2025 9:00:00 AM'");
        }

    }

    @Nested
    class Agencies {

        @ParameterizedTest
        @CsvSource(delimiter = '|',
                value = { "LONDON, Dec 9 (Reuters) - Talks were held on Monday.                 | Reuters",
                        "NEW YORK (AP) — Talks were held on Monday.                           | Associated Press",
                        "PARIS (AFP) - Talks were held on Monday.                             | Agence France-Presse",
                        "Talks were held on Monday. — AFP                                     | Agence France-Presse",
                        "BEIJING, Dec. 9 (Xinhua) -- Talks were held on Monday.               | Xinhua",
                        "Baku, December 9, AZERTAC - Talks were held on Monday.               | AZERTAC",
                        "BAKU (Trend) - Talks were held on Monday.                            | Trend News Agency",
                        "(KPL) Talks were held on Monday.                                     | KPL",
                        "Vientiane (KPL) - Talks were held on Monday.                         | KPL",
                        "ຂປລ Talks were held on Monday.                                       | KPL",
                        "(MENAFN- AzerNews) Talks were held on Monday.                        | AzerNews",
                        "Hanoi (VNA) - Talks were held on Monday.                             | Vietnam News Agency" })
        void signsWhereAgenciesSign(String lead, String agency) {
            assertThat(parse("Talks\n\n" + lead).source()).isEqualTo(agency);
        }

        @Test
        void aBareSignOffLineNamesTheAgencyAndIsRemoved() {
            WireStory story = parse("Talks\n\nTalks were held on Monday.\n\nAFP");

            assertThat(story.source()).isEqualTo("Agence France-Presse");
            assertThat(story.paragraphs()).containsExactly("Talks were held on Monday.");
        }

        @Test
        void theVnaNameInsideASentenceIsNotASign() {
            String withoutSignOff = seedText(SEED_003).replace(" — VNA/VNS", "");
            WireStory story = parse(withoutSignOff);

            assertThat(story.paragraphs().get(1)).contains("Vietnam News Agency (VNA)'s reporter");
            assertThat(story.source()).isNull();
        }

        @Test
        void aCapitalisedSignAfterTheLastFullStopSignsTheStoryOff() {
            WireStory story = parse("Talks\n\nTalks were held on Monday.\n\nThe ministers agreed on every point. VNS");

            assertThat(story.source()).isEqualTo("Viet Nam News");
            assertThat(story.paragraphs().getLast()).isEqualTo("The ministers agreed on every point.");
            assertThat(parse("Talks\n\nTalks were held on Monday.\n\nThey met the Trend team.").source())
                .as("only an abbreviation signs with a bare space")
                .isNull();
        }

        @Test
        void aSiteMastheadWithGlobalIsTheMastheadNotTheHeadline() {
            WireStory story = parse(
                    "VietNamNet Global\nPolitics   Business   Society   Travel\n\n05/09/2020   20:15 GMT+7\n\n"
                            + "Ambassador awarded Friendship Order\n\nThe ambassador was awarded the Friendship Order on Friday.");

            assertThat(story.headline()).isEqualTo("Ambassador awarded Friendship Order");
            assertThat(story.source()).isEqualTo("VietnamNet");
        }

        @Test
        void aDateSetOffByADashAtTheLeadsOpeningIsTheDatelinesNotTheLeads() {
            WireStory story = parse("Azerbaijan opens trade house\n\nHO CHI MINH CITY, Vietnam (AP) — December 2, "
                    + "2026 — Azerbaijan opened a trade house on Tuesday.\n\nExports rose 40% last year.");

            assertThat(story.published()).hasToString("2026-12-02");
            assertThat(story.paragraphs().getFirst()).isEqualTo("Azerbaijan opened a trade house on Tuesday.");
            assertThat(parse("Trade house\n\n2 December 2026\n\n1 December 2026 - Azerbaijan opened a trade house.")
                .paragraphs()
                .getFirst()).as("with a date line too").isEqualTo("Azerbaijan opened a trade house.");
            assertThat(parse("Trade house\n\n2 December 2026\n\n1 December 2026 was the day Azerbaijan opened a "
                    + "trade house - its first.")
                .paragraphs()
                .getFirst()).as("a date the sentence opens with stays").startsWith("1 December 2026 was");
        }

        @Test
        void aPapersNameAndTheDayOnOneLineGiveSourceAndDate() {
            WireStory story = parse("Border provinces sign cooperation plan\n\nVientiane Times, December 3, 2026\n\n"
                    + "The governors of Huaphan and Thanh Hoa signed a cooperation plan on Tuesday.");

            assertThat(story.source()).isEqualTo("Vientiane Times");
            assertThat(story.published()).hasToString("2026-12-03");
            assertThat(story.paragraphs()).noneMatch(paragraph -> paragraph.contains("December 3"));
            assertThat(parse("Border plan signed\n\nVientiane Times, the governors said, signed a plan.\n\n"
                    + "1 December 2026\n\nThe plan was signed.")
                .source()).as("a sentence that opens with the paper's name is no masthead").isNull();
        }

        @Test
        void pagesThatNameNoSourceAreToldByTheirTemplatesMarks() {
            String vientianeTimes = "Home  |  National  |  Business  |  Regional  |  Opinion  |  Sports  |  Contact\n\n"
                    + "Bridge works begin\n\n(Latest Update October 29, 2022)\n\nWorks on the bridge began on Friday.";
            String laotianTimes = "24 C\nVientiane\nThursday, October 24, 2024\n\n"
                    + "Home  News  Business  Politics  Travel  Lifestyle  Opinion\n\nPolitics\n\nLeaders Meet in Kazan\n\n"
                    + "By Phayboune Sengsavanh\n-\nOctober 24, 2024\n\nThe two presidents met in Kazan on Wednesday.";

            assertThat(parse(vientianeTimes).source()).isEqualTo("Vientiane Times");
            assertThat(parse(vientianeTimes).published()).hasToString("2022-10-29");
            assertThat(parse(laotianTimes).source()).isEqualTo("Laotian Times");
            assertThat(
                    parse(laotianTimes.replace("Vientiane\n", "Bangkok\n").replace("Travel  Lifestyle  ", "")).source())
                .as("another city's weather and another menu are no one's mark")
                .isNull();
            assertThat(parse("(KPL) Works on the bridge began on Friday.\n\n(Latest Update October 29, 2022)").source())
                .as("a credit wins over a page mark")
                .isEqualTo("KPL");
        }

        @Test
        void aCaptionEndingInASourceCreditIsNotTheLead() {
            WireStory story = parse("VN, Azerbaijan urged to meet\n\nWednesday, September 21, 2016 | 21:10 GMT+7\n\n"
                    + "President Tran Dai Quang (R) and Azerbaijani Ambassador to Vietnam Anar Imanov (Source: VNA)\n\n"
                    + "Hanoi (VNA) – President Tran Dai Quang received the ambassador on Wednesday.");

            assertThat(story.source()).isEqualTo("Vietnam News Agency");
            assertThat(story.dateline()).isEqualTo("Hanoi");
            assertThat(story.captions()).hasSize(1);
            assertThat(story.paragraphs().getFirst()).startsWith("President Tran Dai Quang received");
        }

        @ParameterizedTest
        @ValueSource(strings = { "Trend analysis shows rice prices rising.",
                "Officials told AFP and Reuters that talks went well.",
                "The story was first reported by the Associated Press (AP)",
                "APEC leaders met on Monday. Xinhua reported the meeting." })
        void agencyNamesInTheTextAreNeverASource(String lead) {
            assertThat(parse("Talks\n\n" + lead).source()).isNull();
        }

    }

    @Nested
    class Datelines {

        @ParameterizedTest
        @CsvSource(delimiter = '|',
                value = { "MOSCOW — Talks were held.                      | Moscow",
                        "AZERBAIJAN, May 7 - Talks were held.           | Azerbaijan",
                        "NEW YORK (AP) — Talks were held.               | New York",
                        "RIO DE JANEIRO, Dec 9 (Reuters) - Talks were held. | Rio de Janeiro",
                        "HANOI, Vietnam (AP) — Talks were held.         | Hanoi",
                        "Vientiane (KPL) - Talks were held.             | Vientiane",
                        "ASTANA. KAZINFORM – Talks were held.           | Astana",
                        "NUR-SULTAN. KAZINFORM - Talks were held.       | Nur-Sultan",
                        "New Delhi [India], December 2 (ANI): Talks were held. | New Delhi",
                        "Dhaka, Dec 2 (UNB) - Talks were held.          | Dhaka",
                        "ROME, NOV 18 - Talks were held.                | Rome",
                        "YEREVAN, NOVEMBER 27, ARMENPRESS. Talks were held. | Yerevan",
                        "BAKU, Nov 12 (KUNA) -- Talks were held.        | Baku",
                        "AMMAN, Dec 2 (PETRA) -- Talks were held.       | Amman",
                        "TOKYO, Dec. 2 Kyodo - Talks were held.         | Tokyo",
                        "Baku/02.12.24/Turan: Talks were held.          | Baku",
                        "BAKU. Dec 2 (Interfax-Azerbaijan) - Talks were held. | Baku",
                        "MOSCOW. Dec 2. (Interfax) - Talks were held.   | Moscow",
                        "Ulaanbaatar, December 2 (MONTSAME). Talks were held. | Ulaanbaatar",
                        "Riyadh, Jumada II 1, 1446, Dec 2, 2024, SPA -- Talks were held. | Riyadh" })
        void theDatelineIsTakenOffTheLead(String lead, String place) {
            WireStory story = parse("Talks\n\n" + lead);

            assertThat(story.dateline()).isEqualTo(place);
            assertThat(story.paragraphs()).containsExactly("Talks were held.");
        }

        @Test
        void indianAndBangladeshiAgenciesSignTheirDatelines() {
            WireStory ani = parse("India, Vietnam hold defence dialogue\n\nNew Delhi [India], December 2 (ANI): India "
                    + "and Vietnam held the 14th Defence Policy Dialogue in New Delhi on Monday.");
            assertThat(ani.source()).isEqualTo("ANI");
            assertThat(ani.dateline()).isEqualTo("New Delhi");
            assertThat(ani.published()).hasToString("2025-12-02");
            assertThat(ani.paragraphs().getFirst()).startsWith("India and Vietnam held");
            assertThat(
                    parse("Trade talks\n\nDhaka, Dec 2 (UNB) - Bangladesh and Vietnam agreed to boost trade.").source())
                .isEqualTo("UNB");
        }

        @Test
        void theAgencyAfterThePlaceAndAFullStopIsTheSource() {
            assertThat(parse("Talks\n\nASTANA. KAZINFORM – Talks were held on 12 February 2024.").source())
                .isEqualTo("Kazinform");
            WireStory petersburg = parse("Talks\n\nST. PETERSBURG – Talks were held.");
            assertThat(petersburg.dateline()).as("no agency's sign after the full stop").isEqualTo("St. Petersburg");
            assertThat(petersburg.source()).isNull();
        }

        @Test
        void aSignTheTableLacksIsTheSourceAsWritten() {
            WireStory story = parse("Jordan, Laos talks\n\nAMMAN, Dec 2 (PETRA) -- Jordan and Laos held talks.");

            assertThat(story.source()).isEqualTo("PETRA");
            assertThat(story.published()).hasToString("2025-12-02");
            assertThat(story.paragraphs()).containsExactly("Jordan and Laos held talks.");
            WireStory headlineTag = parse("Talks\n\nSEOUL, Dec 2 (LEAD) -- Talks were held.");
            assertThat(headlineTag.source()).as("a word agencies bracket in headlines signs nothing").isNull();
        }

        @Test
        void aDatelineInCapitalsGivesItsDate() {
            WireStory ansa = parse(
                    "Mattarella receives Luong Cuong\n\n(ANSA) - ROME, NOV 18 - Italian President Sergio "
                            + "Mattarella received Vietnamese President Luong Cuong on Monday.");
            assertThat(ansa.source()).isEqualTo("ANSA");
            assertThat(ansa.dateline()).isEqualTo("Rome");
            assertThat(ansa.published()).as("the latest 18 November up to the clock's day").hasToString("2025-11-18");
            assertThat(parse("Talks\n\nYEREVAN, NOVEMBER 27, ARMENPRESS. Talks were held.").published())
                .hasToString("2025-11-27");
        }

        @ParameterizedTest
        @ValueSource(strings = { "Talks were held in MOSCOW — the capital — on Monday.",
                "On May 7, talks were held in Baku.", "Laos and Azerbaijan held talks - the first ever." })
        void noDatelineIsGuessedFromTheText(String lead) {
            WireStory story = parse("Talks\n\n" + lead);

            assertThat(story.dateline()).isNull();
            assertThat(story.paragraphs()).containsExactly(lead);
        }

    }

    @Nested
    class Captions {

        @Test
        void aNameLikeLineAfterADoubleBlankIsACaption() {
            WireStory story = parse(
                    "Talks\n\nThe lead of the story.\n\n\nPresident Thongloun Sisoulith of Laos\n\nMore text.");

            assertThat(story.captions()).containsExactly("President Thongloun Sisoulith of Laos");
            assertThat(story.paragraphs()).containsExactly("The lead of the story.", "More text.");
        }

        @Test
        void aPhotoCreditIsACaptionWherever() {
            assertThat(parse("Talks\n\nThe lead of the story.\n\nPhoto: KPL\n\nMore text.").captions())
                .containsExactly("Photo: KPL");
        }

        @ParameterizedTest
        @ValueSource(strings = { "The lead of the story.\n\n\nThe talks ended early.\n\nMore text.",
                "The lead of the story.\n\nPresident Thongloun Sisoulith of Laos\n\nMore text.",
                "The lead of the story.\n\n\nand then the talks went on for hours without a break\n\nMore text.",
                "The lead of the story.\n\n\nMinister Elnur Mammadov\nsaid the talks went well\n\nMore text." })
        void realParagraphsStayParagraphs(String body) {
            WireStory story = parse("Talks\n\n" + body);

            assertThat(story.captions()).isEmpty();
            assertThat(story.paragraphs()).hasSize(3);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Prime Minister Hun Manet (R) shakes hands with his Lao counterpart in Phnom Penh, Dec. 2, 2026. (Xinhua/Phearum) | PHNOM PENH, Dec. 2 (Xinhua) -- | Phnom Penh | Xinhua",
                "Prime Minister Sanae Takaichi (R) and President Kassym-Jomart Tokayev at the prime minister's office. (Pool photo) (Kyodo) | TOKYO (Kyodo) -- | Tokyo | Kyodo News",
                "BILATERAL TALKS. Secretary Theresa Lazaro and Minister Yermek Kosherbayev hold talks in Pasay City on Tuesday. (Photo courtesy of DFA) | MANILA – | Manila | " })
        void aCaptionWithItsPhotosCreditBeforeTheDatelineLeavesTheDatelineToTheLead(String caption, String dateline,
                String place, String source) {
            WireStory story = parse("Leaders agree to expand trade\n\n2026-12-02 18:26\n\n" + caption + "\n\n"
                    + dateline + " The two leaders agreed on Wednesday to expand trade.\n\nMore text.");

            assertThat(story.captions()).containsExactly(caption);
            assertThat(story.dateline()).isEqualTo(place);
            assertThat(story.paragraphs()).containsExactly("The two leaders agreed on Wednesday to expand trade.",
                    "More text.");
            if (source != null) {
                assertThat(story.source()).isEqualTo(source);
            }
        }

        @Test
        void aCaptionWithItsCreditAfterABarStandsBeforeTheBylineAndTheDate() {
            String caption = "Prime Minister Sanae Takaichi and her Vietnamese counterpart attend a joint news "
                    + "conference in Tokyo on Tuesday. | JIJI";
            WireStory story = parse("POLITICS / DIPLOMACY\n\nJapan and Vietnam agree to boost chip cooperation\n\n"
                    + caption + "\n\nBy Kenta Morishima\nStaff writer\n\nDec 1, 2026\n\n"
                    + "Japan and Vietnam on Tuesday agreed to deepen cooperation on semiconductors.\n\n"
                    + "Copyright 2026 The Japan Times. All rights reserved.\n");

            assertThat(story.captions()).containsExactly(caption);
            assertThat(story.published().date()).isEqualTo("2026-12-01");
            assertThat(story.headline()).isEqualTo("Japan and Vietnam agree to boost chip cooperation");
            assertThat(story.source()).isEqualTo("The Japan Times");
            assertThat(story.paragraphs())
                .containsExactly("Japan and Vietnam on Tuesday agreed to deepen cooperation on semiconductors.");
        }

        @Test
        void aCityAloneOnTheLineAboveTheLeadIsTheDateline() {
            WireStory story = parse("Baku and Moscow agree to revive a commission\n\n2 Dec 2026, 12:40\n\nBaku\n\n"
                    + "The Russian-Azerbaijani intergovernmental commission held its meeting in Baku today.\n");
            assertThat(story.dateline()).isEqualTo("Baku");
            assertThat(story.paragraphs()).containsExactly(
                    "The Russian-Azerbaijani intergovernmental commission held its meeting in Baku today.");
            // a region is a page's section, not a dateline
            assertThat(parse("Singapore and Vietnam launch a study\n\nDec 10, 2026\n\nCentral Asia\n\n"
                    + "Singapore and Vietnam have launched a joint study on a power cable.\n")
                .dateline()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = { "Players of Vietnam celebrate a goal in Vientiane. Photo by VnExpress/Duc Dong",
                "Trucks carrying potash wait at the border gate (Photo by Mai Nguyen)",
                "Containers at a port in Ho Chi Minh City [File: Minh Hoang/Reuters]",
                "This photo provided by the foreign ministry shows the two ministers in Seoul." })
        void otherPhotoCreditsMakeACaption(String caption) {
            WireStory story = parse("Vietnam and Laos agree on trade\n\nDec 3, 2026\n\n" + caption
                    + "\n\nHANOI - Vietnam and Laos agreed on Wednesday to expand trade.\n\nMore text.\n");
            assertThat(story.captions()).containsExactly(caption);
            assertThat(story.dateline()).isEqualTo("Hanoi");
            // a sentence about a photo is text
            assertThat(parse("Laos opens a museum\n\nDec 3, 2026\n\nThe museum opened on Wednesday.\n\n"
                    + "Visitors saw an old photo by a French traveller.\n")
                .paragraphs()).contains("Visitors saw an old photo by a French traveller.");
        }

        @Test
        void aSummaryUnderTheHeadlineWithoutAFullStopIsTheStandfirst() {
            WireStory story = parse("""
                    Laos pins sea-access hopes on Vietnam's Vung Ang port

                    Landlocked country seeks cheaper route to the sea as Thai ports dominate its trade

                    MAI NGUYEN, Nikkei staff writer
                    December 2, 2026 05:00 JST

                    VIENTIANE -- Laos is betting on a Vietnamese deep-sea port to cut the cost of its trade.
                    """);
            assertThat(story.headline()).isEqualTo("Laos pins sea-access hopes on Vietnam's Vung Ang port");
            assertThat(story.dateline()).isEqualTo("Vientiane");
            assertThat(story.published()).hasToString("2026-12-02T05:00:00+09:00");
            assertThat(story.standfirst())
                .isEqualTo("Landlocked country seeks cheaper route to the sea as Thai ports dominate its trade");
            assertThat(story.paragraphs())
                .containsExactly("Laos is betting on a Vietnamese deep-sea port to cut the cost of its trade.");
        }

        @Test
        void aDatelineUnderASummaryParagraphIsTheStorys() {
            WireStory story = parse("""
                    Vietnam, Laos agree to raise power imports

                    VOV.VN - Vietnam will buy more electricity from Laos under a memorandum signed in Hanoi.

                    Thursday, 10:21, 26/11/2026

                    HANOI (VOV) - The two ministers signed the memorandum at the end of talks.

                    Under the document, Laos will sell more power to Vietnam.
                    """);
            assertThat(story.dateline()).isEqualTo("Hanoi");
            assertThat(story.paragraphs()).containsExactly(
                    "Vietnam will buy more electricity from Laos under a memorandum signed in Hanoi.",
                    "The two ministers signed the memorandum at the end of talks.",
                    "Under the document, Laos will sell more power to Vietnam.");
        }

        @Test
        void aBylineStandingAloneInTheBodyIsNoText() {
            WireStory story = parse("""
                    Vietnam and Laos agree on power trade

                    Dec 3, 2026

                    HANOI - Vietnam and Laos agreed on Wednesday to expand power trade.

                    By Hoang Nguyen

                    By the end of the year, Laos will sell more power to Vietnam.

                    Author: Aygun Mammadli

                    By Kim Eun-jung ejkim@yna.co.kr (END)
                    """);
            assertThat(story.paragraphs()).containsExactly(
                    "Vietnam and Laos agreed on Wednesday to expand power trade.",
                    "By the end of the year, Laos will sell more power to Vietnam.");
        }

        @Test
        void readerPromptsAndTermsOfReuseAreNoText() {
            WireStory story = parse("""
                    Belarus and Vietnam sign a trade plan

                    4 December 2026, 10:30

                    MINSK, 4 December (BelTA) - Belarus and Vietnam signed a trade plan on Thursday.

                    Like us on Facebook or follow us on X to get the latest news about Vietnam!

                    Subscribe to BelTA on Telegram

                    When using any materials from BelTA, a hyperlink to belta.by is mandatory.

                    Keywords
                    Belarus Vietnam

                    Most Liked
                    Vietnam's exports to the US rise
                    """);
            assertThat(story.paragraphs()).containsExactly("Belarus and Vietnam signed a trade plan on Thursday.");
        }

        @Test
        void theLeadIsNeverACaption() {
            WireStory story = parse("\n\n\nPresident Thongloun Sisoulith of Laos");

            assertThat(story.captions()).isEmpty();
            assertThat(story.paragraphs()).containsExactly("President Thongloun Sisoulith of Laos");
        }

    }

    @Nested
    class Headlines {

        @Test
        void theFirstSentenceWhenItFits() {
            WireStory story = parse("Mr. Mammadov met Dr. Phomvihane in Vientiane on Monday. They discussed trade.");

            assertThat(story.headline()).isEqualTo("Mr. Mammadov met Dr. Phomvihane in Vientiane on Monday");
            assertThat(story.headlineFromLead()).isTrue();
        }

        @Test
        void aClauseWhenTheSentenceIsTooLong() {
            String lead = "The two governments signed a long-awaited agreement on cross-border trade and transit on "
                    + "Monday, while officials said further talks would follow in the coming months in Baku.";

            assertThat(parse(lead).headline()).isEqualTo(
                    "The two governments signed a long-awaited agreement on cross-border trade and transit on Monday");
        }

        @Test
        void wholeWordsWithoutAnEllipsisOtherwise() {
            String lead = "word ".repeat(60).strip() + ".";
            String headline = parse(lead).headline();

            assertThat(headline).endsWith(" word")
                .doesNotContain("…")
                .hasSizeLessThanOrEqualTo(HeadlineMaker.MAX_LENGTH);
        }

        @Test
        void aVeryLongWordIsCutHard() {
            String headline = parse("x".repeat(500)).headline();

            assertThat(headline).hasSize(HeadlineMaker.MAX_LENGTH).endsWith("x").doesNotContain("…");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "On Tuesday, Foreign Minister Thongsavanh Phomvihane, who is also a member of the Politburo, received "
                        + "the visiting Ambassador of Japan to Laos at the ministry in Vientiane. "
                        + "| Foreign Minister Thongsavanh Phomvihane received the visiting Ambassador of Japan to Laos at the "
                        + "ministry",
                "The 47th meeting of the Laos-Vietnam Intergovernmental Committee opened in Hanoi on Monday, with both "
                        + "sides expected to sign more than a dozen cooperation documents covering trade and transport. "
                        + "| The 47th meeting of the Laos-Vietnam Intergovernmental Committee opened in Hanoi on Monday",
                "Prime Minister Phạm Minh Chính on Tuesday received visiting Lao Minister of Foreign Affairs Thongsavanh "
                        + "Phomvihane in Hà Nội. "
                        + "| Prime Minister Phạm Minh Chính received visiting Lao Minister of Foreign Affairs Thongsavanh "
                        + "Phomvihane",
                "Armenian Foreign Minister Ararat Mirzoyan and Vietnamese Deputy Foreign Minister Do Hung Viet held "
                        + "political consultations in Yerevan on November 27. "
                        + "| Ararat Mirzoyan and Do Hung Viet held political consultations",
                "Lao Prime Minister Sonexay Siphandone and his spouse will pay an official visit to Vietnam on January "
                        + "6-7 at the invitation of Vietnamese Prime Minister Pham Minh Chinh, the Ministry of Foreign "
                        + "Affairs announced. "
                        + "| Lao Prime Minister Sonexay Siphandone and his spouse will pay an official visit to Vietnam "
                        + "on January 6-7" })
        void aLongSentenceIsShortenedToAClause(String lead, String expected) {
            String headline = parse(lead).headline();

            assertThat(headline).isEqualTo(expected).hasSizeLessThanOrEqualTo(HeadlineMaker.MAX_LENGTH);
        }

        @Test
        void aLongSentenceIsNotTakenForTheCopysOwnHeadline() {
            WireStory story = parse(seedText(SEED_002).strip());

            assertThat(story.headlineFromLead()).isTrue();
        }

    }

    @Nested
    class Languages {

        @Test
        void laoScriptIsLao() {
            assertThat(parse("ຂປລ ນະຄອນຫຼວງວຽງຈັນ ມີການປະຊຸມ ຂອງ ລັດຖະບານ ໃນວັນທີ 9 ທັນວາ.").language())
                .isEqualTo("lo");
        }

        @Test
        void latinWithVietnameseLettersIsVietnamese() {
            assertThat(parse(
                    "Chủ tịch nước Lương Cường đã tiếp Đại sứ Azerbaijan tại Việt Nam nhân dịp kết thúc nhiệm kỳ.")
                .language()).isEqualTo("vi");
        }

        @Test
        void latinWithTheSchwaIsAzerbaijani() {
            assertThat(parse("Azərbaycan və Laos arasında ilk siyasi məsləhətləşmələr keçirilib.").language())
                .isEqualTo("az");
        }

        @Test
        void latinOfALanguageWithoutItsSmallWordsListedIsNotGuessed() {
            assertThat(
                    parse("Le président a rencontré les représentants des deux pays pour discuter de la coopération.")
                        .language())
                .isEqualTo("fr");
            assertThat(parse("Presiden bertemu dengan perwakilan kedua negara untuk membahas kerja sama ekonomi.")
                .language()).as("Indonesian and Malay share their small words: neither is guessed").isNull();
        }

    }

    @Nested
    class UnseenLayouts {

        @Test
        void aSourceLineWithNewsAgenciesAfterItSignsTheStory() {
            WireStory story = parse("""
                    Published On 10 Mar 2025

                    Syria's interim leader signs deal with Kurdish-led SDF

                    Syrian interim President Ahmed al-Sharaa has signed an agreement with the commander of the SDF.

                    The deal was signed in Damascus on Monday.

                    Source: Al Jazeera and news agencies
                    """);

            assertThat(story.source()).isEqualTo("Al Jazeera");
            assertThat(story.published()).hasToString("2025-03-10");
            assertThat(story.paragraphs()).hasSize(2).noneMatch(paragraph -> paragraph.contains("Source"));
        }

        @Test
        void copyPastedAsHtmlIsReadAsTheTextItsPageShows() {
            WireStory story = parse("""
                    <!DOCTYPE html><html><head><title>VNA</title><style>p { color: red }</style></head><body>
                    <h1>Vietnamese PM receives Lao foreign minister</h1>
                    <p class="date">Tuesday, December 9, 2025 | 17:05 GMT+7</p>
                    <p><strong>Hanoi, December 9 (VNA)</strong> &ndash; Prime Minister Pham Minh Chinh on Tuesday
                    received visiting Lao Minister of Foreign Affairs Thongsavanh Phomvihane.</p>
                    <p>The two sides agreed to step up cooperation in education &amp; training.<br>More talks
                    follow.</p>
                    <script>alert("not a paragraph")</script>
                    </body></html>
                    """);

            assertThat(story.headline()).isEqualTo("Vietnamese PM receives Lao foreign minister");
            assertThat(story.published()).hasToString("2025-12-09T17:05:00+07:00");
            assertThat(story.source()).isEqualTo("Vietnam News Agency");
            assertThat(story.dateline()).isEqualTo("Hanoi");
            assertThat(story.paragraphs()).containsExactly(
                    "Prime Minister Pham Minh Chinh on Tuesday received visiting Lao Minister of Foreign Affairs "
                            + "Thongsavanh Phomvihane.",
                    "The two sides agreed to step up cooperation in education & training. More talks follow.");
            assertThat(String.join(" ", story.paragraphs())).doesNotContain("<", "alert", "color");
        }

        @Test
        void aSavedPageIsDatedByTheTimeItsMetadataGives() {
            String body = """
                    <article><h1>Laos, Vietnam open new border gate</h1>
                    <p>Laos and Vietnam on Monday opened a new international border gate, officials said.</p>
                    <p>The deputy prime minister attended the ceremony.</p></article>
                    <footer>Copyright 2024 Vientiane Times</footer></body></html>
                    """;
            WireStory openGraph = parse("<!DOCTYPE html><html><head><meta property=\"article:published_time\" "
                    + "content=\"2024-12-02T09:30:00+07:00\"></head><body>" + body);
            assertThat(openGraph.published()).hasToString("2024-12-02T09:30:00+07:00");
            assertThat(parse("<!DOCTYPE html><html><head><meta property=\"article:published_time\" "
                    + "content=\"2024-12-02T02:30:00.000Z\"></head><body>" + body)
                .published()).as("with the milliseconds most sites write").hasToString("2024-12-02T02:30:00+00:00");
            assertThat(openGraph.headline()).isEqualTo("Laos, Vietnam open new border gate");
            assertThat(openGraph.paragraphs()).containsExactly(
                    "Laos and Vietnam on Monday opened a new international border gate, officials said.",
                    "The deputy prime minister attended the ceremony.");
            WireStory jsonLd = parse("<!DOCTYPE html><html><head><script type=\"application/ld+json\">{\"@type\": "
                    + "\"NewsArticle\", \"datePublished\": \"2024-12-02\"}</script></head><body>" + body);
            assertThat(jsonLd.published()).hasToString("2024-12-02");
            assertThat(
                    parse("<!DOCTYPE html><html><head><meta name=\"date\" content=\"yesterday\"></head><body>" + body)
                        .published())
                .as("metadata that is no date dates nothing")
                .isNull();
        }

        @Test
        void vietnameseCopyDatesItsDatelineDayFirst() {
            WireStory story = parse("Hà Nội, 2/12 (TTXVN) - Phó Thủ tướng Trần Hồng Hà đã tiếp Đại sứ Azerbaijan.");
            assertThat(story.source()).isEqualTo("Vietnam News Agency");
            assertThat(story.dateline()).isEqualTo("Hà Nội");
            assertThat(story.published().toString()).endsWith("-12-02");
        }

        @Test
        void copyWithInlineTagsOnlyKeepsItsLines() {
            WireStory story = parse("""
                    <strong>Laos, Vietnam sign trade deal</strong>

                    <b>VIENTIANE</b>, Dec 2 (KPL) - Laos and <a href="https://kpl.gov.la">Vietnam</a> signed a deal.

                    The deal cuts tariffs.<script>alert(1)</script>
                    """);

            assertThat(story.headline()).isEqualTo("Laos, Vietnam sign trade deal");
            assertThat(story.source()).isEqualTo("KPL");
            assertThat(story.published()).hasToString("2025-12-02");
            assertThat(story.paragraphs()).containsExactly("Laos and Vietnam signed a deal.", "The deal cuts tariffs.");
        }

        @Test
        void plainTextWithAnAngleBracketIsNotHtml() {
            WireStory story = parse("""
                    Rates held

                    LONDON, Dec 9 (Reuters) - The bank held rates at <5%, a level it called "<b> for now".

                    It meets again in January.
                    """);

            assertThat(story.paragraphs().getFirst()).contains("<5%", "<b> for now");
        }

        @Test
        void reutersStoryWithHeadlineAndCreditLine() {
            WireStory story = parseWire("reuters.txt");

            assertThat(story.headline()).isEqualTo("Vietnam's central bank holds rates steady as inflation cools");
            assertThat(story.headlineFromLead()).isFalse();
            assertThat(story.published()).as("the dateline's Dec 9, the latest before the clock's day")
                .hasToString("2025-12-09");
            assertThat(story.source()).isEqualTo("Reuters");
            assertThat(story.dateline()).isEqualTo("London");
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.paragraphs()).hasSize(4);
            assertThat(story.paragraphs().getFirst())
                .startsWith("Vietnam's central bank left its main policy rate unchanged");
            assertThat(story.paragraphs().getLast())
                .isEqualTo("Inflation slowed to 2.9% in November from 3.2% a month earlier, official data showed.");
            assertThat(story.captions()).isEmpty();
            assertThat(story.otherNews()).isEmpty();
            assertThat(story.warnings()).isEmpty();
        }

        @Test
        void apStoryWithDateUnderTheHeadline() {
            WireStory story = parseWire("ap.txt");

            assertThat(story.headline()).isEqualTo("Vietnam and Laos agree to speed up cross-border rail link");
            assertThat(story.published()).hasToString("2025-12-09");
            assertThat(story.source()).isEqualTo("Associated Press");
            assertThat(story.dateline()).isEqualTo("Hanoi");
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.paragraphs()).hasSize(4);
            assertThat(story.paragraphs().getFirst()).startsWith("Vietnam and Laos agreed Tuesday");
            assertThat(story.paragraphs().get(2))
                .isEqualTo("“This railway is a lifeline for our economy,” a Lao transport official told reporters.");
            assertThat(story.captions()).isEmpty();
            assertThat(story.warnings()).isEmpty();
        }

        @Test
        void paragraphsIndentedWithoutBlankLinesBetweenThemStaySeparate() {
            WireStory story = parse("""
                    Mattarella receives Vietnamese President at Quirinale

                    (ANSA) - ROME, NOV 18 - Italian President Sergio Mattarella on Monday received
                    Vietnamese President Luong Cuong at the Quirinale Palace.
                        The two heads of state discussed trade, culture and energy.
                        Luong Cuong also met Prime Minister Giorgia Meloni later in the day.
                        ALL RIGHTS RESERVED © Copyright ANSA
                    """);

            assertThat(story.source()).isEqualTo("ANSA");
            assertThat(story.paragraphs()).containsExactly(
                    "Italian President Sergio Mattarella on Monday received Vietnamese President Luong Cuong at the "
                            + "Quirinale Palace.",
                    "The two heads of state discussed trade, culture and energy.",
                    "Luong Cuong also met Prime Minister Giorgia Meloni later in the day.");
        }

        @Test
        void paragraphsOnALineEachStaySeparateAndTheEndMarksGo() {
            WireStory story = parse(
                    """
                            Kuwait, Azerbaijan sign visa waiver deal

                            BAKU, Nov 12 (KUNA) -- Kuwait and Azerbaijan signed an agreement on mutual visa waiver for holders of diplomatic passports on Tuesday.
                            The agreement was signed by the foreign ministers of the two countries on the sidelines of the conference.
                            The conference runs until November 22. (end)
                            aa.gb
                            """);

            assertThat(story.source()).isEqualTo("KUNA");
            assertThat(story.paragraphs()).containsExactly(
                    "Kuwait and Azerbaijan signed an agreement on mutual visa waiver for holders of diplomatic passports "
                            + "on Tuesday.",
                    "The agreement was signed by the foreign ministers of the two countries on the sidelines of the "
                            + "conference.",
                    "The conference runs until November 22.");
        }

        @Test
        void azerbaijaniCopyGivesItsDatelineDateAndSource() {
            WireStory story = parse("""
                    Azərbaycan və Laos arasında siyasi məsləhətləşmələr keçirilib

                    Bakı, 9 dekabr, AZƏRTAC

                    Dekabrın 8-də Vyentyan şəhərində Azərbaycan və Laos xarici işlər nazirlikləri arasında ilk siyasi \
                    məsləhətləşmələr keçirilib.
                    """);

            assertThat(story.source()).isEqualTo("AZERTAC");
            assertThat(story.dateline()).isEqualTo("Bakı");
            assertThat(story.published()).hasToString("2025-12-09");
            assertThat(story.language()).isEqualTo("az");
            assertThat(story.paragraphs()).hasSize(1);
        }

        @Test
        void laoCopyWithoutADateLineIsDatedByTheDateItsLeadOpensWith() {
            WireStory story = parse("""
                    ລາວ ແລະ ອາເຊີໄບຈານ ປຶກສາຫາລືທາງດ້ານການເມືອງ ຄັ້ງທີ 1

                    ຂປລ. ວັນທີ 8 ທັນວາ 2025 ທີ່ນະຄອນຫຼວງວຽງຈັນ, ໄດ້ມີການປຶກສາຫາລືທາງດ້ານການເມືອງ ຄັ້ງທີ 1.
                    """);

            assertThat(story.source()).isEqualTo("KPL");
            assertThat(story.published()).hasToString("2025-12-08");
            assertThat(story.warnings()).contains("no date line: dated by the date the lead opens with");
            assertThat(story.paragraphs().getFirst()).startsWith("ວັນທີ 8 ທັນວາ 2025");
            assertThat(parse("Talks\n\nTalks were held in Hanoi on 8 December 2025.").published())
                .as("a date inside the lead dates the happening, not the copy")
                .isNull();
        }

        @Test
        void trendsDatelineInTitleCaseAndItsFollowLineAreTakenOff() {
            WireStory story = parse(
                    """
                            Azerbaijan, Vietnam mull expanding trade ties

                            Baku, Azerbaijan, December 2. Azerbaijan and Vietnam discussed prospects for expanding trade, Trend reports.

                            Follow the author on X: @Trend_News
                            """);

            assertThat(story.source()).isEqualTo("Trend News Agency");
            assertThat(story.dateline()).isEqualTo("Baku");
            assertThat(story.published()).hasToString("2025-12-02");
            assertThat(story.paragraphs())
                .containsExactly("Azerbaijan and Vietnam discussed prospects for expanding trade, Trend reports.");
        }

        @Test
        void theVietnameseGovernmentPortalTagsItsLead() {
            WireStory story = parse(
                    """
                            Việt Nam và Azerbaijan thúc đẩy hợp tác năng lượng

                            Thứ Ba, 03/12/2024 - 09:15

                            (Chinhphu.vn) - Chiều 2/12, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà đã tiếp Bộ trưởng Kinh tế Azerbaijan.
                            """);

            assertThat(story.source()).isEqualTo("VGP");
            assertThat(story.published()).as("the portal's home zone").hasToString("2024-12-03T09:15:00+07:00");
            assertThat(story.paragraphs().getFirst()).startsWith("Chiều 2/12");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "UPDATE 2-Vietnam, Laos sign deal on power trade | Vietnam, Laos sign deal on power trade",
                "BREAKING: Strong earthquake strikes northern Laos | Strong earthquake strikes northern Laos",
                "EXCLUSIVE-Anwar to visit Laos next week | Anwar to visit Laos next week",
                "(LEAD) Koreas hold talks | Koreas hold talks", "(2nd LD) Koreas hold talks | Koreas hold talks",
                "President Ilham Aliyev receives Indonesian Foreign Minister - UPDATED | President Ilham Aliyev receives Indonesian Foreign Minister",
                "Aliyev receives minister - VIDEO | Aliyev receives minister",
                "Aliyev receives minister (UPDATE) | Aliyev receives minister (UPDATE)",
                "Update on the Laos-Vietnam railway | Update on the Laos-Vietnam railway" })
        void theHeadlineLosesWhatItSaysOfTheCopysHandling(String line, String headline) {
            assertThat(parse(line + "\n\nHANOI, Dec 2 (Reuters) - Talks were held on Monday.").headline())
                .isEqualTo(headline);
        }

        @Test
        void thePagesTagsAndRelatedListsAreNoText() {
            WireStory story = parse("""
                    President Thongloun meets Aliyev in Kazan

                    KAZAN, Oct 23 (KPL) - Lao President Thongloun Sisoulith met Azerbaijani President Ilham Aliyev.

                    The two presidents discussed trade and education on the sidelines of the summit.

                    TAGS
                    Azerbaijan
                    BRICS
                    Thongloun Sisoulith

                    Related Posts
                    Laos, Russia Sign Agreements on Education and Energy
                    Lao Delegation Arrives in Kazan for Cambodia Summit
                    """);

            assertThat(story.paragraphs()).containsExactly(
                    "Lao President Thongloun Sisoulith met Azerbaijani President Ilham Aliyev.",
                    "The two presidents discussed trade and education on the sidelines of the summit.");
            WireStory menu = parse("Related\n\nTalks held\n\nHANOI, Dec 2 (VNA) - Talks were held in Hanoi on Monday "
                    + "between the two delegations.");
            assertThat(menu.paragraphs()).as("\"Related\" before any text is the page's menu, not a list")
                .containsExactly("Talks were held in Hanoi on Monday between the two delegations.");
            assertThat(parse("Tags\nLaos, Vietnam sign trade deal\n\nVIENTIANE, Dec 2 (KPL) - Laos and Vietnam signed "
                    + "a trade deal on Monday.")
                .headline()).as("\"Tags\" at the top is a menu item: the line under it is the headline")
                .isEqualTo("Laos, Vietnam sign trade deal");
        }

        @Test
        void aDateLineUnderTheSummaryAndTheLabelsOfTheHeaderAreNoText() {
            WireStory story = parse("""
                    Viet Nam, Azerbaijan hold fourth political consultation

                    Viet Nam and Azerbaijan agreed to open a direct air route during their consultation in Ha Noi.

                    Published Nov 12, 2026 21:05

                    Ha Noi (VNA) - The two deputy ministers co-chaired the consultation on November 12.
                    """);

            assertThat(story.published()).as("the summary's paper is not named: its zone is not known")
                .hasToString("2026-11-12");
            assertThat(story.paragraphs()).containsExactly(
                    "Viet Nam and Azerbaijan agreed to open a direct air route during their consultation in Ha Noi.",
                    "Ha Noi (VNA) - The two deputy ministers co-chaired the consultation on November 12.");
            WireStory labelled = parse("""
                    Thailand, Azerbaijan eye direct flights

                    PUBLISHED : 26 Nov 2026 at 18:42   UPDATED : 26 Nov 2026 at 19:05
                    NEWSPAPER SECTION: News
                    WRITER: Pornthip Saengsuk

                    Thailand and Azerbaijan agreed to work towards direct flights after talks in Bangkok on Thursday.
                    """);
            assertThat(labelled.dateline()).isNull();
            assertThat(labelled.paragraphs()).containsExactly(
                    "Thailand and Azerbaijan agreed to work towards direct flights after talks in Bangkok on "
                            + "Thursday.");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = { "© 2026 Laotian Times. All rights reserved. | Laotian Times",
                "Bangkok Post Public Company Limited. All rights reserved. | Bangkok Post",
                "© 2026 MONTSAME News Agency | MONTSAME",
                "© 2026 Kun.uz. Full or partial use of materials is allowed only with a hyperlink to Kun.uz | Kun.uz",
                "Copyright 2026 The Japan Times. All rights reserved. | The Japan Times",
                "ⓒ The Korea Herald. All rights reserved. | The Korea Herald",
                "Copyright NHK (Japan Broadcasting Corporation) All rights reserved. | NHK World-Japan",
                "Vestnik Kavkaza © 2026. All rights reserved. | Vestnik Kavkaza",
                "© Copyright The Post Publishing PCL. All rights reserved. | Bangkok Post",
                "Copyright © 1995 - 2026 Star Media Group Berhad [197101000523 (10894-D)]. All Rights Reserved. | The Star",
                "Copyright 2026 The Caspian Ledger. All rights reserved. | The Caspian Ledger",
                "Caspian Ledger © 2026 | Caspian Ledger",
                "© Caspian Ledger 2026. All rights reserved. | Caspian Ledger",
                "© Anadolu Ajansı 2026 | Anadolu Agency" })
        void aCopyrightFooterNamesThePaperWhenNothingElseDoes(String footer, String source) {
            WireStory story = parse("Laos, Azerbaijan agree on trade\n\nDecember 3, 2026\n\n"
                    + "Laos and Azerbaijan agreed on Wednesday to study trade.\n\n" + footer + "\n");

            assertThat(story.source()).isEqualTo(source);
            assertThat(story.paragraphs()).containsExactly("Laos and Azerbaijan agreed on Wednesday to study trade.");
            assertThat(parse("Laos, Azerbaijan agree on trade\n\nDecember 3, 2026\n\nLaos and Azerbaijan agreed on "
                    + "Wednesday to study trade.\n\nRelated\nLaos and Vietnam sign rail deal\n\n" + footer + "\n")
                .source()).as("under a list of other news").isEqualTo(source);
            assertThat(parse("Laos, Azerbaijan agree on trade\n\nDecember 3, 2026\n\nVIENTIANE, Dec 3 (KPL) - Laos "
                    + "and Azerbaijan agreed on Wednesday to study trade.\n\n" + footer + "\n")
                .source()).as("the agency that signs the dateline").isEqualTo("KPL");
        }

        @Test
        void aFooterThatNamesNoOwnerNamesNoSource() {
            assertThat(parse("Laos, Azerbaijan agree on trade\n\nDecember 3, 2026\n\n"
                    + "Laos and Azerbaijan agreed on Wednesday to study trade.\n\n© 2026 All rights reserved.\n")
                .source()).isNull();
            WireStory sentence = parse("Laos, Azerbaijan agree on trade\n\nDecember 3, 2026\n\n"
                    + "Laos and Azerbaijan agreed on Wednesday to study trade.\n\n"
                    + "The publisher said all rights reserved.\n");
            assertThat(sentence.source()).isNull();
            assertThat(sentence.paragraphs()).contains("The publisher said all rights reserved.");
        }

        @Test
        void aSitesNameAboveTheHeadlineIsNeitherTheHeadlineNorText() {
            WireStory story = parse("""
                    Steppe Ledger

                    Kazakhstan and Laos agree to open a trade house in Almaty

                    04.12.2026 14:35

                    Kazakhstan and Laos agreed on Thursday to open a trade house in Almaty next spring.

                    The two sides also discussed flights between Almaty and Vientiane.
                    """);
            assertThat(story.headline()).isEqualTo("Kazakhstan and Laos agree to open a trade house in Almaty");
            assertThat(story.headlineFromLead()).isFalse();
            assertThat(story.paragraphs()).containsExactly(
                    "Kazakhstan and Laos agreed on Thursday to open a trade house in Almaty next spring.",
                    "The two sides also discussed flights between Almaty and Vientiane.");
            // a site's section over the headline, its summary and a byline with the date
            WireStory anadolu = parse("""
                    AA Energy

                    Türkiye, Azerbaijan agree to boost gas flows via TANAP

                    Energy ministers of 2 countries discuss expansion of the pipeline and cooperation in renewables

                    Gokhan Ergocun  |04.12.2026 - Update : 04.12.2026

                    ANKARA (AA) - Türkiye and Azerbaijan agreed on Thursday to boost gas flows via TANAP.
                    """);
            assertThat(anadolu.headline()).isEqualTo("Türkiye, Azerbaijan agree to boost gas flows via TANAP");
            assertThat(anadolu.standfirst()).startsWith("Energy ministers of 2 countries");
            assertThat(anadolu.paragraphs())
                .containsExactly("Türkiye and Azerbaijan agreed on Thursday to boost gas flows via TANAP.");
            // a headline of a few words with no masthead over it is still the headline
            assertThat(parse("""
                    Laos, Kazakhstan talk trade

                    04.12.2026 14:35

                    Kazakhstan and Laos agreed on Thursday to open a trade house in Almaty next spring.
                    """).headline()).isEqualTo("Laos, Kazakhstan talk trade");
        }

        @ParameterizedTest
        @ValueSource(strings = { "Sports › Football", "Economy|Trade War", "Economy › Oil&Gas" })
        void aSectionTrailAboveTheHeadlineIsNeitherHeadlineNorText(String trail) {
            WireStory story = parse(trail + "\n\nVietnam thrash Laos 4-0 in their opener\n\nDec 3, 2026\n\n"
                    + "Vietnam beat Laos 4-0 in Hanoi on Wednesday night.\n");
            assertThat(story.headline()).isEqualTo("Vietnam thrash Laos 4-0 in their opener");
            assertThat(story.paragraphs()).containsExactly("Vietnam beat Laos 4-0 in Hanoi on Wednesday night.");
            // a headline with its site's name after a bar is still the headline
            assertThat(parse("Laos, Vietnam sign power deal | Vientiane Times\n\nDec 3, 2026\n\n"
                    + "Laos and Vietnam signed a power deal on Wednesday.\n")
                .headline()).startsWith("Laos, Vietnam sign power deal");
        }

        @Test
        void anAgencysFullNameOverItsSignIsTheMastheadNotTheCopy() {
            WireStory story = parse("""
                    Associated Press of Pakistan
                    APP
                    National   Business   World   Sports   Health   Photos

                    Pakistan, Azerbaijan agree to fast-track an investment package

                    ISLAMABAD, Dec 1 (APP): Pakistan and Azerbaijan agreed on Tuesday to fast-track investments.
                    """);
            assertThat(story.headline()).isEqualTo("Pakistan, Azerbaijan agree to fast-track an investment package");
            assertThat(story.source()).isEqualTo("APP");
            assertThat(story.paragraphs())
                .containsExactly("Pakistan and Azerbaijan agreed on Tuesday to fast-track investments.");
        }

        @Test
        void aBylineOfAPaperOrAnAgencyNamesTheSourceAndItsClock() {
            WireStory story = parse("""
                    China, Vietnam sign railway study deal

                    By Global Times
                    Published: Dec 09, 2026 10:31 PM

                    China and Vietnam on Wednesday signed an agreement on a joint railway study.
                    """);
            assertThat(story.source()).isEqualTo("Global Times");
            assertThat(story.published().toOffsetDateTime()).isEqualTo("2026-12-09T22:31+08:00");
        }

        @Test
        void readNextAndLatestNewsListsUnderTheStoryAreNoText() {
            WireStory story = parse("""
                    Laos, Azerbaijan agree on power trade

                    BAKU, Dec 1 (Reuters) - Laos and Azerbaijan agreed on Monday to study power trade.

                    Read Next
                    Laos signs power export deal with Singapore, sources say

                    Latest news
                    10:02 Jeyhun Bayramov holds phone talk with Turkish FM Hakan Fidan
                    """);

            assertThat(story.paragraphs())
                .containsExactly("Laos and Azerbaijan agreed on Monday to study power trade.");
        }

        @ParameterizedTest
        @ValueSource(strings = { "Read more", "More news", "Recommended", "You might also like" })
        void otherListsUnderTheStoryAreNoTextAndNameNoCountry(String heading) {
            WireStory story = parse("Singapore, Vietnam launch power link study\n\nDec 10, 2026\n\n"
                    + "HANOI - Singapore and Vietnam launched a joint study on a subsea power cable.\n\n" + heading
                    + "\nSingapore, Malaysia agree on timeline for economic zone\nVietnam's exports to US rise\n");

            assertThat(story.paragraphs())
                .containsExactly("Singapore and Vietnam launched a joint study on a subsea power cable.");
            // under a byline, "Read more" links the writer's page: the story follows
            WireStory byline = parse("Azerbaijan and Vietnam adopt a cooperation plan at their commission\n\n"
                    + "17 July 2025 14:05 (UTC+04:00)\n\nNigar Abbasova\n" + heading + "\n\n"
                    + "BAKU, Azerbaijan, July 17. Azerbaijan and Vietnam agreed a cooperation plan, Trend reports.\n\n"
                    + "The commission met in Hanoi.\n");
            assertThat(byline.paragraphs()).hasSize(2);
        }

        @Test
        void relatedCoverageUnderTheStoryAndRelatedNewsLinesInItAreNoText() {
            WireStory story = parse("""
                    Japan, Kazakhstan agree on critical minerals

                    TOKYO (Kyodo) -- Japan and Kazakhstan agreed on Friday to cooperate on critical minerals.

                    Related news: RI, Uzbekistan to boost trade in fertilizer, textiles

                    The leaders also discussed North Korea.

                    Related coverage:
                    Japan, Central Asian nations launch summit framework
                    Takaichi, Uzbek president agree to boost ties in energy
                    """);

            assertThat(story.paragraphs()).containsExactly(
                    "Japan and Kazakhstan agreed on Friday to cooperate on critical minerals.",
                    "The leaders also discussed North Korea.");
        }

        @Test
        void aPaperTaggingItsLeadWithItsNameKeepsTheLead() {
            WireStory story = parse("""
                    Hanoi, Vientiane boost cooperation in urban management

                    The Hanoi Times - Hanoi and Vientiane signed a cooperation agreement for 2025-2030 on December 2.

                    Hanoi Chairman Tran Sy Thanh and Vientiane Governor Atsaphangthong Siphandone signed it.

                    The two cities will exchange planners.

                    Thu Trang

                    Share   Print
                    """);

            assertThat(story.source()).isEqualTo("Hanoi Times");
            assertThat(story.paragraphs()).as("the lead kept; the reporter's name and the share links are no text")
                .containsExactly("Hanoi and Vientiane signed a cooperation agreement for 2025-2030 on December 2.",
                        "Hanoi Chairman Tran Sy Thanh and Vientiane Governor Atsaphangthong Siphandone signed it.",
                        "The two cities will exchange planners.");
            assertThat(parse("Talks\n\nBaku/02.12.24/Turan: Talks were held.").published()).hasToString("2024-12-02");
        }

        @Test
        void theEditorsNameACopyrightAndVnasEndMarkAreNoText() {
            WireStory antara = parse("Indonesia, Vietnam target trade\n\nJakarta, Dec 2 (ANTARA) - The two countries "
                    + "aim to raise trade.\n\nEditor: Rahmad Nasution\nCopyright © ANTARA 2024");
            assertThat(antara.paragraphs()).containsExactly("The two countries aim to raise trade.");
            WireStory vna = parse("Vietnam, Azerbaijan boost exchange\n\n02/12/2024 10:00\n\nHà Nội (VNA) – The "
                    + "Vice Chairman received the delegation.\n\nVietnam treasures its friendship with Azerbaijan./.");
            assertThat(vna.paragraphs().getLast()).isEqualTo("Vietnam treasures its friendship with Azerbaijan.");
            WireStory kyodo = parse("Japan, Laos agree\n\nTOKYO, Dec. 2 Kyodo - The ministers met.\n\n==Kyodo");
            assertThat(kyodo.source()).isEqualTo("Kyodo News");
            assertThat(kyodo.paragraphs()).containsExactly("The ministers met.");
        }

        @Test
        void interfaxMontsameAnadoluAndAHeadlineCreditedToItsAgency() {
            WireStory interfax = parse("BAKU. Dec 2 (Interfax-Azerbaijan) - Azerbaijan and Vietnam will hold the "
                    + "fourth meeting of their commission in Hanoi, the minister said on Monday.");
            assertThat(interfax.source()).isEqualTo("Interfax");
            assertThat(interfax.published()).isNotNull();
            assertThat(interfax.headline()).startsWith("Azerbaijan and Vietnam will hold");
            WireStory montsame = parse("Azerbaijan, Mongolia discuss transport\n\nUlaanbaatar, December 2 "
                    + "(MONTSAME). The minister received the delegation on December 2.");
            assertThat(montsame.source()).as("a sign the table lacks, as written").isEqualTo("MONTSAME");
            assertThat(montsame.published()).isNotNull();
            WireStory spa = parse("Saudi Arabia, Vietnam sign memorandum\n\nRiyadh, Jumada II 1, 1446, Dec 2, 2024, "
                    + "SPA -- Saudi Arabia and Vietnam signed a memorandum in Riyadh today.");
            assertThat(spa.published()).as("the Gregorian date after the Hijri one").hasToString("2024-12-02");
            assertThat(spa.source()).isEqualTo("SPA");
            WireStory anadolu = parse("Turkish, Azerbaijani leaders discuss peace\n\nAhmet Yilmaz   |02.12.2024 - "
                    + "Update : 03.12.2024\n\nThe two presidents discussed regional developments in a phone call.");
            assertThat(anadolu.published()).as("published, then updated").hasToString("2024-12-02");
            assertThat(anadolu.paragraphs())
                .containsExactly("The two presidents discussed regional developments in a phone call.");
            assertThat(parse("Vietnam, Laos to boost rail links - AFP\n\nHanoi (AFP) - The two countries agreed "
                    + "on Tuesday, December 3, 2024, to speed up work on a railway.")
                .headline()).isEqualTo("Vietnam, Laos to boost rail links");
            assertThat(parse("Vietnam, Laos agree on rail - a deal at last\n\nHanoi (AFP) - The two countries "
                    + "agreed on Tuesday, December 3, 2024, to speed up work on a railway.")
                .headline()).as("only an agency is taken off the end")
                .isEqualTo("Vietnam, Laos agree on rail - a deal at last");
        }

        @Test
        void xinhuasEnditemAndReutersStandardsLineAreNoText() {
            WireStory xinhua = parse("Laos, Vietnam vow to deepen ties\n\nVIENTIANE, Dec. 2 (Xinhua) -- The two "
                    + "presidents met on Monday.\n\nThe visit ends on Tuesday. Enditem");
            assertThat(xinhua.paragraphs()).containsExactly("The two presidents met on Monday.",
                    "The visit ends on Tuesday.");
            WireStory reuters = parse("Vietnam, Laos sign deal\n\nHANOI, Dec 2 (Reuters) - The deal was signed on "
                    + "Monday.\n\n(Reporting by Francesco Guarascio)\n\nOur Standards: The Thomson Reuters Trust "
                    + "Principles.");
            assertThat(reuters.paragraphs()).containsExactly("The deal was signed on Monday.");
        }

        @Test
        void aListKeepsItsItemsAndIsAListInTheStory() {
            WireStory story = parse("""
                    Azerbaijan, Laos to cooperate in agriculture

                    Baku, December 9, AZERTAC

                    The sides agreed to:
                    - expand cooperation in agriculture;
                    - promote tourism between the two countries.

                    The next round will be held in Baku.
                    """);

            assertThat(story.paragraphs()).containsExactly("The sides agreed to:",
                    "- expand cooperation in agriculture;", "- promote tourism between the two countries.",
                    "The next round will be held in Baku.");
            assertThat(MarkdownText.fromParagraphs(story.paragraphs())).isEqualTo("""
                    The sides agreed to:

                    - expand cooperation in agriculture;
                    - promote tourism between the two countries.

                    The next round will be held in Baku.""");
            assertThat(parse("Talks\n\nThe meeting of the two sides was held in Vientiane on December\n9. The two "
                    + "sides agreed to meet again.")
                .paragraphs()).as("one wrapped line opening with a number is no list").hasSize(1);
            assertThat(MarkdownText.fromParagraphs(List.of("- a dash opening one paragraph is text")))
                .isEqualTo("\\- a dash opening one paragraph is text");
        }

        @Test
        void aCopyrightLineClosingTheCopyIsNoParagraph() {
            WireStory story = parse("""
                    Laos, Vietnam sign trade deal

                    VIENTIANE, Dec 2 - Laos and Vietnam signed a trade deal on Tuesday.

                    The deal cuts tariffs on farm goods.

                    © 2025 Gulf Today. All rights reserved.

                    -0-
                    """);

            assertThat(story.paragraphs()).containsExactly("Laos and Vietnam signed a trade deal on Tuesday.",
                    "The deal cuts tariffs on farm goods.");
        }

        @Test
        void xinhuaStoryWithHardWrappedLinesAndLocalTime() {
            WireStory story = parseWire("xinhua.txt");

            assertThat(story.headline()).isEqualTo("China, Laos mark fourth anniversary of cross-border railway");
            assertThat(story.published()).hasToString("2025-12-03T18:30:00+08:00");
            assertThat(story.source()).isEqualTo("Xinhua");
            assertThat(story.dateline()).isEqualTo("Beijing");
            assertThat(story.paragraphs()).containsExactly(
                    "The China-Laos Railway has carried more than 60 million passengers since it opened four years ago, "
                            + "the operator said on Wednesday.",
                    "Cross-border freight on the line also rose sharply this year, with more than 4,000 trains running "
                            + "between Kunming and Vientiane.",
                    "Officials said new services would be added in 2026.");
        }

        @Test
        void plainParagraphsSayNothingAndNothingIsInvented() {
            WireStory story = parseWire("plain.txt");

            assertThat(story.headline())
                .isEqualTo("The city council approved a new budget on Monday after weeks of debate");
            assertThat(story.headlineFromLead()).isTrue();
            assertThat(story.published()).isNull();
            assertThat(story.source()).isNull();
            assertThat(story.dateline()).isNull();
            assertThat(story.language()).isEqualTo("en");
            assertThat(story.paragraphs()).hasSize(3);
            assertThat(story.captions()).isEmpty();
            assertThat(story.otherNews()).isEmpty();
            assertThat(story.warnings()).containsExactly("no publication date found",
                    "no headline in the copy: built from the lead");
        }

    }

    @Nested
    class MoreAgencyShapes {

        @Test
        void aSignAfterThePlacesCommaIsTheSourceNotARegion() {
            WireStory story = parse(
                    """
                            Araghchi, Bayramov discuss ties by phone

                            Tehran, IRNA -- Iranian Foreign Minister Abbas Araghchi spoke by phone with his Azerbaijani counterpart Jeyhun Bayramov on Tuesday.

                            The two ministers reviewed transport links.

                            3 December 2024 - 21:14
                            """);

            assertThat(story.dateline()).isEqualTo("Tehran");
            assertThat(story.source()).isEqualTo("IRNA");
            assertThat(story.published()).hasToString("2024-12-03T21:14:00+03:30");
            assertThat(story.paragraphs().getFirst()).startsWith("Iranian Foreign Minister Abbas Araghchi spoke");
        }

        @Test
        void thePtiSignOffWithTheDesksInitialsLeavesTheLastParagraph() {
            WireStory story = parse(
                    """
                            India, Vietnam review defence ties

                            New Delhi, Dec 3 (PTI) India and Vietnam on Tuesday reviewed their defence cooperation, officials said.

                            The two sides also discussed training, the defence ministry said in a statement. PTI ABC DEF
                            """);

            assertThat(story.source()).isEqualTo("Press Trust of India");
            assertThat(story.paragraphs().getLast())
                .isEqualTo("The two sides also discussed training, the defence ministry said in a statement.");
        }

        @Test
        void aBylineClosingTheCopyGivesItsDate() {
            WireStory story = parse(
                    """
                            Kazakhstan, Azerbaijan to widen the Middle Corridor

                            ASTANA – Kazakh President Kassym-Jomart Tokayev and Azerbaijani President Ilham Aliyev discussed cargo on the Trans-Caspian route by phone.

                            The leaders agreed to keep working on the ports of Aktau and Alat.

                            By Aibarshyn Akhmetkali in Business on 3 December 2024
                            """);

            assertThat(story.published()).hasToString("2024-12-03");
            assertThat(story.dateline()).isEqualTo("Astana");
            assertThat(story.paragraphs()).hasSize(2)
                .last()
                .isEqualTo("The leaders agreed to keep working on the ports of Aktau and Alat.");
        }

        @Test
        void aPaperCreditingAnAgencyAndAPlaceOnALineOfItsOwnGiveSourceAndDateline() {
            WireStory story = parse(
                    """
                            Türkiye, Azerbaijan hold joint drills near Kars

                            DAILY SABAH WITH AA
                            ISTANBUL
                            Published Dec 03, 2024 11:42 am

                            Turkish and Azerbaijani troops launched joint military exercises on Tuesday in the province of Kars, the ministry said.

                            The drills run until Dec. 10, the ministry said in a statement.
                            """);

            assertThat(story.source()).isEqualTo("Daily Sabah");
            assertThat(story.dateline()).isEqualTo("Istanbul");
            assertThat(story.published()).hasToString("2024-12-03T11:42:00+03:00");
            assertThat(story.paragraphs()).hasSize(2);
        }

        @Test
        void theCreditsOfAReportAndHowToReachItsReporterAreNoBody() {
            WireStory ap = parse(
                    """
                            Laos starts building a railway to the Vietnamese border

                            VIENTIANE, Laos (AP) — Laos on Tuesday began building a railway line to the Vietnamese border, officials said.

                            Prime Minister Sonexay Siphandone attended a groundbreaking ceremony in Vientiane.

                            ___

                            Associated Press writer Hau Dinh in Hanoi contributed to this report.
                            """);
            WireStory bloomberg = parse(
                    """
                            Azerbaijan Sells Eurobonds to Refinance Debt

                            (Bloomberg) -- Azerbaijan sold $1 billion of Eurobonds on Tuesday, according to people familiar with the matter.

                            Finance Minister Samir Sharifov said the proceeds would refinance debt.

                            To contact the reporter on this story:
                            Zulfugar Agayev in Baku at zagayev@example.net
                            """);

            assertThat(ap.source()).isEqualTo("Associated Press");
            assertThat(ap.paragraphs()).hasSize(2)
                .last()
                .isEqualTo("Prime Minister Sonexay Siphandone attended a groundbreaking ceremony in Vientiane.");
            assertThat(bloomberg.source()).isEqualTo("Bloomberg");
            assertThat(bloomberg.paragraphs()).containsExactly(
                    "Azerbaijan sold $1 billion of Eurobonds on Tuesday, according to people familiar with the matter.",
                    "Finance Minister Samir Sharifov said the proceeds would refinance debt.");
        }

        @Test
        void russianCopyGivesItsDatelineDateSourceAndLanguage() {
            WireStory story = parse(
                    """
                            Азербайджан и Вьетнам подписали соглашение об энергетике

                            БАКУ, 3 декабря. /ТАСС/. Азербайджан и Вьетнам подписали во вторник соглашение о сотрудничестве в области энергетики.

                            Документ подписали министры двух стран.
                            """);

            assertThat(story.dateline()).isEqualTo("Баку");
            assertThat(story.source()).isEqualTo("TASS");
            assertThat(story.published()).hasToString("2025-12-03");
            assertThat(story.language()).isEqualTo("ru");
            assertThat(story.paragraphs().getFirst()).startsWith("Азербайджан и Вьетнам подписали во вторник");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Hanói, 3 dic (EFE).- Los Gobiernos de Vietnam y Azerbaiyán firmaron este martes un acuerdo para ampliar la cooperación en el sector de la energía, informó la agencia. | es | EFE | Hanói | 2025-12-03",
                "Hanoï, 3 décembre 2024 (AFP) - Le président azerbaïdjanais a été reçu mardi à Hanoï par le dirigeant vietnamien, qui a salué une relation en plein essor avec les deux pays. | fr | Agence France-Presse | Hanoï | 2024-12-03",
                "(ANSA) - ROMA, 03 DIC - Il presidente della Repubblica ha ricevuto al Quirinale il presidente vietnamita per una visita di Stato che conferma la crescita delle relazioni. | it | ANSA | Roma | 2025-12-03",
                "Hanói, 03 de dezembro de 2024 (Lusa) - O Vietname e o Azerbaijão assinaram hoje um acordo de cooperação na área da energia, anunciou a agência oficial do país. | pt | Lusa | Hanói | 2024-12-03",
                "Baku, 3. Dezember 2024 (dpa) - Aserbaidschan und Vietnam wollen ihre Zusammenarbeit im Energiebereich ausbauen. Das teilte das Außenministerium in Baku am Dienstag mit. | de | dpa | Baku | 2024-12-03",
                "ANKARA, 3 Aralık 2024 (AA) - Türkiye ile Azerbaycan arasında enerji alanında iş birliğini geliştirmeye yönelik bir anlaşma imzalandı ve bu anlaşma için çok önemli adımlar atıldı. | tr | Anadolu Agency | Ankara | 2024-12-03" })
        void europeanAgenciesCopyInTheirOwnLanguages(String lead, String language, String source, String place,
                String published) {
            WireStory story = parse("Headline\n\n" + lead);

            assertThat(story.language()).isEqualTo(language);
            assertThat(story.source()).isEqualTo(source);
            assertThat(story.dateline()).isEqualTo(place);
            assertThat(story.published()).hasToString(published);
        }

        @Test
        void theDesksSlugAboveTheHeadlineAndMoreToFollowAreNoStory() {
            WireStory story = parse(
                    """
                            LAOS-VIETNAM/TRADE
                            Laos, Vietnam trade hits record

                            VIENTIANE, Dec 3 (Reuters) - Trade between Laos and Vietnam hit a record in the first 11 months of the year, officials said.

                            The figures were released on Tuesday.

                            More to follow.
                            """);

            assertThat(story.headline()).isEqualTo("Laos, Vietnam trade hits record");
            assertThat(story.headlineFromLead()).isFalse();
            assertThat(story.paragraphs()).hasSize(2).last().isEqualTo("The figures were released on Tuesday.");
        }

        @Test
        void aLastSentenceThatLostItsFullStopIsKept() {
            WireStory story = parse(
                    """
                            Laos, Vietnam agree to boost border trade

                            VIENTIANE, Dec 3 (KPL) - Laos and Vietnam agreed on Tuesday to boost trade through their border gates.

                            The talks will continue on Wednesday.

                            Both sides will meet again next year
                            """);

            assertThat(story.paragraphs()).hasSize(3).last().isEqualTo("Both sides will meet again next year");
        }

        @Test
        void kplsLaoDatelineGivesPlaceDateAndSource() {
            WireStory story = parse("""
                    ລາວ ແລະ ອາເຊີໄບຈານ ປຶກສາຫາລືການຮ່ວມມື

                    ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 3 ທັນວາ 2024 (ຂປລ) – ທັງສອງຝ່າຍ ໄດ້ປຶກສາຫາລື ກ່ຽວກັບການຮ່ວມມື ໃນຂົງເຂດຕ່າງໆ.
                    """);

            assertThat(story.dateline()).isEqualTo("ນະຄອນຫຼວງວຽງຈັນ");
            assertThat(story.source()).isEqualTo("KPL");
            assertThat(story.published()).hasToString("2024-12-03");
            assertThat(story.paragraphs()).containsExactly("ທັງສອງຝ່າຍ ໄດ້ປຶກສາຫາລື ກ່ຽວກັບການຮ່ວມມື ໃນຂົງເຂດຕ່າງໆ.");
        }

        @Test
        void aScriptOtherThanLatinTellsItsLanguage() {
            assertThat(parse("阿塞拜疆与老挝举行首次政治磋商\n\n阿塞拜疆与老挝外交部门在万象举行首次政治磋商，双方就深化双边关系交换了意见。").language()).isEqualTo("zh");
            assertThat(parse("アゼルバイジャンとラオスが協議\n\nアゼルバイジャンとラオスの外務省は、ビエンチャンで初めての政治協議を行った。").language()).isEqualTo("ja");
            assertThat(parse("아제르바이잔과 라오스 협의\n\n아제르바이잔과 라오스 외교부는 비엔티안에서 첫 정치 협의를 가졌다.").language()).isEqualTo("ko");
            assertThat(parse(
                    "Әзірбайжан мен Лаос келіссөз\n\nӘзірбайжан мен Лаос сыртқы істер министрліктері Вьентьянда алғашқы саяси консультация өткізді.")
                .language()).isEqualTo("kk");
            assertThat(
                    parse("Болгария и Лаос\n\nДелегация от България посети Виентиан за първи консултации.").language())
                .as("Cyrillic without a letter that only one language writes")
                .isNull();
        }

        @Test
        void aPagesArticleTimeDatesIt() {
            WireStory story = new WireStoryParser()
                .parse("""
                        <!doctype html><html><head><title>Vietnam, Laos boost trade | Hanoi Times</title></head><body>
                        <article><h1>Vietnam, Laos boost trade ties</h1>
                        <div>By Ngoc Mai <time datetime="2024-12-03T08:15:00+07:00">December 3, 2024</time></div>
                        <p>Vietnam and Laos agreed on Tuesday to raise bilateral trade to US$5 billion, a deputy minister said in Hanoi.</p>
                        </article><aside><time datetime="2023-01-01">Older story</time></aside></body></html>
                        """
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(story.published()).hasToString("2024-12-03T08:15:00+07:00");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|',
                value = { "KUALA LUMPUR: Talks were held.                 | Kuala Lumpur |",
                        "Baku. 3 December. REPORT.AZ Talks were held.   | Baku         | Report.az",
                        "BAKU, December 3. TASS. Talks were held.       | Baku         | TASS",
                        "Dubai: Talks were held.                        | Dubai        |",
                        "Tashkent, Uzbekistan (UzDaily.com) -- Talks were held. | Tashkent | UzDaily.com",
                        "COLOMBO, Dec 3 (Daily Mirror) - Talks were held. | Colombo    | Daily Mirror",
                        "BAKU (Azerbaijan) - Talks were held.           | Baku         |",
                        "BREAKING: Talks were held in Baku.             |              |" })
        void datelinesOfPapersAndAgenciesThatEndWithAColonOrASignAfterAFullStop(String lead, String place,
                String source) {
            WireStory story = parse("Talks\n\n" + lead);

            assertThat(story.dateline()).isEqualTo(place);
            assertThat(story.source()).isEqualTo(source);
            assertThat(story.paragraphs().getFirst()).as("the lead, its dateline off when it has one")
                .startsWith(place == null ? "BREAKING: Talks were held" : "Talks were held");
        }

        @Test
        void aPapersClosingLineNamesItAndTheDay() {
            WireStory story = parse(
                    """
                            Pakistan, Azerbaijan agree to expand trade

                            ISLAMABAD: Pakistan and Azerbaijan on Tuesday agreed to raise bilateral trade to $2 billion, officials said.

                            The two sides also discussed energy and transport.

                            Published in Dawn, December 4th, 2024
                            """);

            assertThat(story.published()).hasToString("2024-12-04");
            assertThat(story.source()).isEqualTo("Dawn");
            assertThat(story.dateline()).isEqualTo("Islamabad");
            assertThat(story.paragraphs()).hasSize(2);
        }

        @Test
        void aTimeUnderTheDateLineAndAnUpdateClosingTheCopyDateIt() {
            WireStory star = parse(
                    """
                            Malaysia, Laos to boost cooperation in education

                            Wednesday, 04 Dec 2024
                            7:00 AM MYT

                            KUALA LUMPUR: Malaysia and Laos will strengthen cooperation in higher education, the minister said on Tuesday.
                            """);
            WireStory vov = parse(
                    """
                            Vietnam, Azerbaijan boost parliamentary cooperation

                            VOV.VN - National Assembly Chairman Tran Thanh Man received Chairwoman of the Azerbaijani National Assembly Sahiba Gafarova in Hanoi on December 3.

                            Both sides agreed to enhance exchanges between the two legislatures.

                            Updated : 03/12/2024 17:12
                            """);

            assertThat(star.published()).hasToString("2024-12-04T07:00:00+08:00");
            assertThat(vov.published()).as("only an update's time: the story was out by then")
                .hasToString("2024-12-03T17:12:00+07:00");
            assertThat(vov.source()).isEqualTo("Voice of Vietnam");
            assertThat(vov.paragraphs()).as("a long lead tagged with the sign is no masthead")
                .hasSize(2)
                .first()
                .asString()
                .startsWith("National Assembly Chairman Tran Thanh Man received");
        }

        @Test
        void aPapersNameInCapitalsAboveTheLeadIsNoDateline() {
            WireStory known = parse(
                    """
                            Vietnam, Laos hold Intergovernmental Committee meeting

                            SGGPO

                            Tuesday, December 3, 2024 19:22

                            Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone co-chaired the meeting in Vientiane on December 3.
                            """);
            WireStory unknown = parse(
                    """
                            Vietnam, Laos hold Intergovernmental Committee meeting

                            DTINEWS

                            Tuesday, December 3, 2024

                            Prime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone co-chaired the meeting in Vientiane on December 3.
                            """);

            assertThat(known.source()).isEqualTo("SGGP");
            assertThat(known.dateline()).isNull();
            assertThat(unknown.dateline()).as("a name no known place has").isNull();
            assertThat(unknown.paragraphs()).hasSize(1);
        }

        @Test
        void aWordInCapitalsAboveTheLeadIsNoDateline() {
            WireStory story = parse(
                    """
                            Laos and Azerbaijan hold first consultations

                            BREAKING
                            Published Dec 03, 2024

                            Laos and Azerbaijan held their first political consultations in Vientiane on Monday, the ministry said.
                            """);

            assertThat(story.dateline()).isNull();
            assertThat(story.paragraphs()).hasSize(1);
        }

    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

}
