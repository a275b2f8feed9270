package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleStatus;
import org.junit.jupiter.api.Test;

/**
 * The story form's parts and its mapper, without a database: what the browser posts, read
 * once.
 */
class StoryFormTest {

    @Test
    void aProposedPersonIsReadOnceAndPostsBackTheSameValue() {
        PersonTag tag = PersonTag.parse("new:Khamphao Ernthavanh|Deputy Minister|LA");

        assertThat(tag)
            .isEqualTo(new PersonTag.Proposed(new NewPerson("Khamphao Ernthavanh", "Deputy Minister", "LA")));
        assertThat(tag.value()).isEqualTo("new:Khamphao Ernthavanh|Deputy Minister|LA");
        assertThat(((PersonTag.Proposed) tag).person().label()).isEqualTo("Khamphao Ernthavanh (new: Deputy Minister)");
        assertThat(PersonTag.parse("new:Somebody").value()).isEqualTo("new:Somebody||");
        assertThat(PersonTag.parse("to-lam")).isEqualTo(new PersonTag.Known("to-lam"));
    }

    @Test
    void theFieldsTheBrowserPostsAreReadIntoTheirPartsAndWrittenBackUnderTheSameNames() {
        Map<String, String[]> posted = Map.ofEntries(Map.entry("id", new String[] { "12" }),
                Map.entry("headline", new String[] { "Talks\u0000" }), Map.entry("body", new String[] { "Body." }),
                Map.entry("publishedDate", new String[] { "2025-12-10" }),
                Map.entry("people", new String[] { "to-lam", "new:Elnur|Minister|AZ" }),
                Map.entry("countries", new String[] { "LA" }), Map.entry("newPersonName", new String[] { "Someone" }),
                Map.entry("newEventTitle", new String[] { "Culture days" }));

        StoryForm form = StoryForm.fromFields(posted);

        assertThat(form.story().headline()).isEqualTo("Talks");
        assertThat(form.story().standfirst()).isEmpty();
        assertThat(form.tags().knownPeople()).containsExactly("to-lam");
        assertThat(form.tags().proposedPeople()).containsExactly(new NewPerson("Elnur", "Minister", "AZ"));
        assertThat(form.newPerson().name()).isEqualTo("Someone");
        assertThat(form.newEvent().title()).isEqualTo("Culture days");
        assertThat(form.fields()).containsEntry("headline", "Talks")
            .containsEntry("newPersonName", "Someone")
            .containsEntry("people", List.of("to-lam", "new:Elnur|Minister|AZ"));
        assertThat(StoryForm.FIELDS).containsAll(form.fields().keySet());
    }

    @Test
    void aDraftMadeIntoTheFormAndBackIsTheSameDraft() {
        Set<Long> people = new LinkedHashSet<>(List.of(1L, 2L));
        ArticleDraft draft = new ArticleDraft(7L, 3, "laos-talks", "Laos talks", "", "Body.", "KPL", "Vientiane", "en",
                Instant.parse("2025-12-10T03:34:00Z"), true, "+07:00", ArticleStatus.PUBLISHED, people, Set.of(5L),
                Set.of());

        StoryForm form = StoryFormMapper.fromDraft(draft,
                new StoryForm.Tags(List.of(new PersonTag.Known("a")), List.of("LA"), List.of()));

        assertThat(form.story().publishedDate()).isEqualTo("2025-12-10");
        assertThat(form.story().publishedTime()).isEqualTo("10:34");
        assertThat(form.story().zone()).isEqualTo("+07:00");
        assertThat(StoryFormMapper.toDraft(form, people, Set.of(5L), Set.of())).isEqualTo(draft);
    }

    @Test
    void aDateAloneIsTheStartOfThatDayInUtcWhateverTheZone() {
        StoryForm form = StoryFormMapper.blank(java.time.LocalDate.of(2025, 12, 10));
        form = form.withStory(new StoryForm.Story("H", "", "B", "", "", "", "2025-12-10", "", "+07:00", "DRAFT", "en"));

        ArticleDraft draft = StoryFormMapper.toDraft(form, Set.of(), Set.of(), Set.of());

        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2025-12-10T00:00:00Z"));
        assertThat(draft.publishedWithTime()).isFalse();
        assertThat(draft.publishedOffset()).isNull();
    }

}
