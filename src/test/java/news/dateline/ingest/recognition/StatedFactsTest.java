package news.dateline.ingest.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import news.dateline.ingest.Recognition;
import news.dateline.ingest.Recognition.ClaimHit;
import news.dateline.ingest.Recognition.RoleHit;
import news.dateline.ingest.reference.ReferenceData;
import news.dateline.shared.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The roles a story gives people and the day and place it gives known events. */
class StatedFactsTest {

    private static final LocalDate DEC_10_2025 = LocalDate.of(2025, 12, 10);

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void loadGazetteer() {
        recognizer = new EntityRecognizer(ReferenceData.load(Path.of("seeds/reference.yml")).toGazetteer());
    }

    @Test
    void aRoleBeforeAKnownNameOrInAnAppositionIsTheRoleAtTheStorysDate() {
        Recognition found = recognizer.recognize("""
                Azerbaijani Deputy Foreign Minister Elnur Mammadov met Thongsavanh Phomvihane, the Foreign \
                Minister of Laos, in Vientiane. Mammadov thanked him.""", DEC_10_2025);

        assertThat(found.roles()).extracting(RoleHit::slug, RoleHit::role, RoleHit::countryCode)
            .containsExactly(tuple("elnur-mammadov", "Deputy Foreign Minister", "AZ"),
                    tuple("thongsavanh-phomvihane", "Foreign Minister", "LA"));
    }

    @Test
    void aNewPersonsRoleIsStatedTooAndAFormerRoleIsNone() {
        Recognition found = recognizer.recognize("""
                Vietnamese Ambassador Nguyen Van Khoa attended the talks with former President Bounnhang Vorachith.""",
                DEC_10_2025);

        assertThat(found.roles()).extracting(RoleHit::slug, RoleHit::name, RoleHit::role, RoleHit::countryCode)
            .containsExactly(tuple(null, "Nguyen Van Khoa", "Ambassador", "VN"));
    }

    @Test
    void aStoryClaimsTheDayAndPlaceOfAKnownEventInTheSentenceThatNamesIt() {
        Recognition found = recognizer.recognize("""
                Laos and Azerbaijan held their first political consultation on 9 December in Baku, 30 years after \
                relations were established in 1995.""", DEC_10_2025);

        assertThat(found.claims()).extracting(ClaimHit::slug, ClaimHit::date, ClaimHit::place)
            .containsExactly(tuple("azerbaijan-laos-first-political-consultations-2025",
                    PartialDate.of(LocalDate.of(2025, 12, 9)), "Baku"));
    }

    @Test
    void aHeadlineNamingTheEventLeavesTheClaimToTheSentencesAfterIt() {
        Recognition found = recognizer.recognize("""
                Laos and Azerbaijan Hold First Political Consultations

                Laos and Azerbaijan held their first political consultations on 9 December in Baku.""", DEC_10_2025);

        assertThat(found.claims()).extracting(ClaimHit::date, ClaimHit::place)
            .containsExactly(tuple(PartialDate.of(LocalDate.of(2025, 12, 9)), "Baku"));
    }

    @Test
    void aDateFarFromTheEventsDayIsNoClaimOfIt() {
        Recognition found = recognizer.recognize("""
                Laos and Azerbaijan held their first political consultation, 30 years after relations were \
                established in May 1995.""", DEC_10_2025);

        assertThat(found.claims()).isEmpty();
    }

}
