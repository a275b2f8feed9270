package news.dateline.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import news.dateline.ingest.Recognition;
import news.dateline.ingest.UnreadableStoryException;
import news.dateline.ingest.WireStory;
import news.dateline.ingest.reference.ReferenceData;
import news.dateline.ingest.wire.WireStoryParser;
import org.junit.jupiter.api.Test;

/**
 * What lets an import recognize stories ahead of their turn: a story with no word of the
 * names a gazetteer gained is recognized alike before and after.
 */
class RecognizedAheadTest {

    private static final Gazetteer REFERENCE = ReferenceData.load(Path.of("seeds/reference.yml")).toGazetteer();

    private static List<WireStory> corpus() throws IOException {
        WireStoryParser parser = new WireStoryParser(
                Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
        List<WireStory> stories = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus/stories"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    stories.add(parser.parse(Files.readAllBytes(file)));
                }
                catch (UnreadableStoryException e) {
                    // not a story
                }
            }
        }
        // stories of no one, so that the check of untouched stories always runs, however
        // many people the corpus adds as the recognizer finds more
        for (String text : List.of(
                "Rice prices rise\n\nVIENTIANE, Dec 1 (KPL) -- Rice prices rose by three percent in the capital's "
                        + "markets last month, traders said.\n\nThe rise followed a poor harvest in the south.",
                "Heavy rain expected\n\nHANOI, Dec 1 (VNA) -- Heavy rain is expected in the central provinces this "
                        + "week, the weather service said.\n\nFarmers were told to bring in the harvest early.",
                "Bridge reopens\n\nBAKU, Dec 1 (AZERTAC) -- A road bridge over the river reopened on Monday after "
                        + "repairs that took two years.\n\nTraffic is expected to double.")) {
            stories.add(parser.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return stories;
    }

    @Test
    void aStoryWithNoWordOfTheNamesAddedIsRecognizedAlikeAndOneWithThemIsReadAgain() throws IOException {
        List<WireStory> stories = corpus();
        EntityRecognizer before = new EntityRecognizer(REFERENCE);
        // the people an import of the corpus would add, as an import adds them
        List<Gazetteer.KnownPerson> people = new ArrayList<>(REFERENCE.people());
        for (WireStory story : stories) {
            for (Recognition.PersonHit hit : before.recognize(story).people()) {
                if (hit.isNew() && people.stream().noneMatch(p -> p.name().equals(hit.name()))) {
                    people.add(new Gazetteer.KnownPerson("added-" + people.size(), hit.name(), List.of(), hit.role(),
                            hit.countryCode()));
                }
            }
        }
        Gazetteer grown = new Gazetteer(REFERENCE.countries(), people, REFERENCE.events());
        EntityRecognizer after = new EntityRecognizer(grown);
        Set<String> changed = EntityRecognizer.wordsChanged(REFERENCE, grown);
        assertThat(people).hasSizeGreaterThan(REFERENCE.people().size() + 10);

        int alike = 0;
        int differ = 0;
        for (WireStory story : stories) {
            boolean touched = !Collections.disjoint(changed, EntityRecognizer.wordsOf(story));
            Recognition then = before.recognize(story);
            Recognition now = after.recognize(story);
            if (!touched) {
                assertThat(now).as(story.headline()).isEqualTo(then);
                alike++;
            }
            else if (!now.equals(then)) {
                differ++;
            }
        }
        // some stories share no word with the names the corpus adds: the check above ran
        // on
        // them (two of the corpus's stories; most others have "to", a word of the added
        // "To Anh Dung", which after a title may name him alone)
        assertThat(alike).isGreaterThanOrEqualTo(2);
        assertThat(differ).isGreaterThan(10);
    }

    @Test
    void changedCountriesOrEventsMakeEveryStoryReadAgain() {
        Gazetteer noEvents = new Gazetteer(REFERENCE.countries(), REFERENCE.people(), List.of());
        assertThat(EntityRecognizer.wordsChanged(REFERENCE, noEvents)).isNull();
        assertThat(EntityRecognizer.wordsChanged(REFERENCE, REFERENCE)).isEmpty();
    }

}
