package news.dateline.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AgencyTableTest {

    @Test
    void theTableHoldsAtLeastFortyAgenciesWithTheSeedsNamesAndSigns() {
        assertThat(AgencyTable.all()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(AgencyTable.names()).contains("KPL", "Trend News Agency", "Vietnam News Agency")
            .doesNotHaveDuplicates();
        assertThat(AgencyTable.byName("KPL").orElseThrow().signs()).contains("ຂປລ", "KPL");
        assertThat(AgencyTable.all()).allSatisfy(agency -> assertThat(agency.website()).startsWith("https://"));
        assertThat(AgencyTable.all()).allSatisfy(agency -> assertThat(agency.domains()).isNotEmpty());
    }

    @Test
    void homeZonesGiveTheOffsetOnTheStorysDate() {
        assertThat(AgencyTable.byName("KPL").orElseThrow().offsetOn(LocalDate.of(2026, 11, 30)))
            .isEqualTo(ZoneOffset.ofHours(7));
        assertThat(AgencyTable.byName("AZERTAC").orElseThrow().offsetOn(LocalDate.of(2025, 12, 9)))
            .isEqualTo(ZoneOffset.ofHours(4));
        assertThat(AgencyTable.byName("dpa").orElseThrow().offsetOn(LocalDate.of(2025, 7, 1)))
            .isEqualTo(ZoneOffset.ofHours(2));
        assertThat(AgencyTable.byName("Reuters").orElseThrow().homeZone()).isNull();
    }

    @Test
    void creditLinesNameTheirAgency() {
        assertThat(AgencyTable.signOffLine("— AZERTAG")).map(AgencyTable.Agency::name).contains("AZERTAC");
        assertThat(AgencyTable.signOffLine("(KPL)")).map(AgencyTable.Agency::name).contains("KPL");
        assertThat(AgencyTable.signOffLine("Source: Xinhua")).map(AgencyTable.Agency::name).contains("Xinhua");
        assertThat(AgencyTable.creditInText("Laos and Azerbaijan met, Trend reports.")).map(AgencyTable.Agency::name)
            .contains("Trend News Agency");
        assertThat(AgencyTable.creditInText("The plan was signed, Report informs.")).map(AgencyTable.Agency::name)
            .contains("Report.az");
        assertThat(AgencyTable.masthead("Laotian Times | Politics")).map(AgencyTable.Agency::name)
            .contains("Laotian Times");
        assertThat(AgencyTable.masthead("News.az")).map(AgencyTable.Agency::name).contains("News.az");
        assertThat(AgencyTable.masthead("Vietnam Plus")).map(AgencyTable.Agency::name).contains("Vietnam Plus");
        assertThat(AgencyTable.masthead("https://en.vietnamplus.vn/laos-and-vietnam-post123.vnp"))
            .map(AgencyTable.Agency::name)
            .contains("Vietnam Plus");
    }

    @Test
    void aNameInsideASentenceIsNoCredit() {
        assertThat(AgencyTable.creditInText("He told Xinhua that the line was busy, according to Xinhua.")).isEmpty();
        assertThat(AgencyTable.masthead("News.az interviews the minister about the railway")).isEmpty();
        assertThat(AgencyTable.signOffLine("Photo: VNA")).isEmpty();
    }

    @Test
    void aSignInAnyCaseOrAccentsNamesTheFirstAgencyOfTheTableWithIt() {
        assertThat(AgencyTable.bySignIgnoringCase("KYODO NEWS")).map(AgencyTable.Agency::name).contains("Kyodo News");
        assertThat(AgencyTable.bySignIgnoringCase("Thông tấn xã Việt Nam"))
            .isEqualTo(slowLookup("Thông tấn xã Việt Nam"));
        for (AgencyTable.Agency agency : AgencyTable.all()) {
            java.util.List<String> names = new java.util.ArrayList<>(agency.signs());
            names.add(agency.name());
            for (String name : names) {
                for (String asWritten : java.util.List.of(name, name.toUpperCase(java.util.Locale.ROOT),
                        name.toLowerCase(java.util.Locale.ROOT), " " + name + ". ", name + "!")) {
                    assertThat(AgencyTable.bySignIgnoringCase(asWritten)).as(asWritten)
                        .isEqualTo(slowLookup(asWritten));
                }
            }
        }
    }

    /** The lookup as it was: every sign of the table folded again for every question. */
    private static java.util.Optional<AgencyTable.Agency> slowLookup(String sign) {
        String folded = fold(sign);
        return AgencyTable.bySign(sign)
            .or(() -> AgencyTable.all()
                .stream()
                .filter(a -> a.signs().stream().anyMatch(s -> fold(s).equals(folded)) || fold(a.name()).equals(folded))
                .findFirst());
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}.+]+", " ")
            .strip();
    }

}
