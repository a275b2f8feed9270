package news.dateline.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.ingest.recognition.Gazetteer;
import news.dateline.shared.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private static ReferenceData data;

    @BeforeAll
    static void load() {
        data = ReferenceData.load(Path.of("seeds", ReferenceData.FILE_NAME));
    }

    @Test
    void loadsEverySection() {
        assertThat(data.agencies()).as("agencies live in the agency table").isEmpty();
        assertThat(data.countries()).extracting(ReferenceData.CountryEntry::code).contains("LA", "VN", "AZ");
        assertThat(data.people()).hasSize(12);
        assertThat(data.events()).hasSize(12);
    }

    @Test
    void slugsAreLowercaseAsciiHyphenAndUnique() {
        Stream<String> slugs = Stream.concat(data.people().stream().map(ReferenceData.PersonEntry::slug),
                data.events().stream().map(ReferenceData.EventEntry::slug));
        assertThat(slugs.toList()).allMatch(slug -> slug.matches(SLUG)).doesNotHaveDuplicates();
    }

    @Test
    void personSlugsComeFromTheirNamesWithAccentsFolded() {
        assertThat(data.people()).allSatisfy(person -> assertThat(person.slug()).isEqualTo(slugOf(person.name())));
        assertThat(data.people()).allSatisfy(person -> assertThat(ISO_CODES).contains(person.country()));
    }

    @Test
    void countryEntriesUseIsoCodes() {
        assertThat(data.countries()).extracting(ReferenceData.CountryEntry::code)
            .allMatch(ISO_CODES::contains)
            .doesNotHaveDuplicates();
    }

    @Test
    void eventsReferToRealCountriesAndKnownPeople() {
        Set<String> people = data.people().stream().map(ReferenceData.PersonEntry::slug).collect(Collectors.toSet());
        assertThat(data.events()).allSatisfy(event -> {
            assertThat(event.countries()).isNotEmpty().allMatch(ISO_CODES::contains);
            assertThat(people).containsAll(event.people());
            assertThat(event.title()).isNotBlank();
            assertThat(event.kind()).isNotBlank();
            assertThat(event.aliases().size() + event.cues().size()).as("%s can be found", event.slug()).isPositive();
        });
    }

    @Test
    void everyEventDateParsesAndEndsAfterItBegins() {
        assertThat(data.events()).allSatisfy(event -> {
            PartialDate start = event.startDate();
            assertThat(start.toString()).isEqualTo(event.date());
            PartialDate end = event.endPartialDate();
            if (end != null) {
                assertThat(end.start()).isAfter(start.start());
            }
        });
        Map<String, ReferenceData.EventEntry> bySlug = data.events()
            .stream()
            .collect(Collectors.toMap(ReferenceData.EventEntry::slug, Function.identity()));
        assertThat(bySlug.get("azerbaijan-laos-diplomatic-relations-1995").startDate())
            .isEqualTo(PartialDate.ofMonth(1995, 5));
        assertThat(bySlug.get("to-lam-state-visit-azerbaijan-2025").endPartialDate())
            .isEqualTo(PartialDate.parse("2025-05-08"));
    }

    @Test
    void gazetteerHasEveryIsoCountryWithTheJdkEnglishName() {
        Gazetteer gazetteer = data.toGazetteer();
        Map<String, Gazetteer.KnownCountry> byCode = gazetteer.countries()
            .stream()
            .collect(Collectors.toMap(Gazetteer.KnownCountry::code, Function.identity()));
        assertThat(byCode).hasSizeGreaterThanOrEqualTo(249).containsOnlyKeys(ISO_CODES);
        assertThat(byCode.get("LA").name()).isEqualTo("Laos");
        assertThat(byCode.get("VN").name()).isEqualTo("Vietnam");
        assertThat(byCode.get("AZ").name()).isEqualTo("Azerbaijan");
        assertThat(byCode.get("LA").demonyms()).contains("Lao", "Laotian");
        assertThat(byCode.get("VN").aliases()).contains("Việt Nam", "Viet Nam");
        assertThat(gazetteer.people()).hasSize(12);
        assertThat(gazetteer.events()).hasSize(12);
    }

    private static String slugOf(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

}
