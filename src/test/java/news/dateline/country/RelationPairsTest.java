package news.dateline.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleEditing;
import news.dateline.article.ArticleStatus;
import news.dateline.article.SaveOutcome;
import news.dateline.seo.StoryEntry;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A relation's stories are those naming both countries at least three times, read from
 * the pairs table (V25) that a trigger keeps in step with the country links: a story
 * joins the relation when its counts reach three, and leaves it when a count drops, when
 * it is unpublished or deleted.
 */
@DatelineTest
class RelationPairsTest {

    @Autowired
    ArticleEditing editing;

    @Autowired
    RelationQueries relations;

    @Autowired
    CountryStories stories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aStoryIsAboutARelationWhileItNamesBothCountriesThreeTimesAndIsPublished() {
        var malta = relations.country("malta").orElseThrow();
        var uruguay = relations.country("uruguay").orElseThrow();
        String word = UUID.randomUUID().toString().substring(0, 8);
        String headline = "Malta and Uruguay sign a shipping accord " + word;
        var draft = new ArticleDraft(null, null, "pairs-" + word, headline, null, "Malta and Uruguay signed it.", null,
                null, "en", clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES), true, "+00:00",
                ArticleStatus.PUBLISHED, Set.of(), Set.of(malta.id(), uruguay.id()), Set.of());
        var saved = (SaveOutcome.Saved) editing.save(draft, "ed");
        long id = saved.id();
        try {
            // an editor's tags count one mention each: not yet about the pair
            assertThat(headlines(malta, uruguay)).doesNotContain(headline);

            mentions(id, malta, 3);
            mentions(id, uruguay, 4);
            assertThat(headlines(malta, uruguay)).contains(headline);
            assertThat(headlines(uruguay, malta)).as("either way round").contains(headline);

            mentions(id, uruguay, 2);
            assertThat(headlines(malta, uruguay)).doesNotContain(headline);
            mentions(id, uruguay, 3);
            assertThat(headlines(malta, uruguay)).contains(headline);

            var draftNow = (SaveOutcome.Saved) editing.save(new ArticleDraft(id, saved.version(), draft.slug(),
                    headline, null, draft.body(), null, null, "en", draft.publishedAt(), true, "+00:00",
                    ArticleStatus.DRAFT, Set.of(), draft.countries(), Set.of()), "ed");
            assertThat(headlines(malta, uruguay)).as("unpublished").doesNotContain(headline);

            editing.save(new ArticleDraft(id, draftNow.version(), draft.slug(), headline, null, draft.body(), null,
                    null, "en", draft.publishedAt(), true, "+00:00", ArticleStatus.PUBLISHED, Set.of(),
                    draft.countries(), Set.of()), "ed");
            assertThat(headlines(malta, uruguay)).as("published again").contains(headline);
        }
        finally {
            editing.delete(id, "ed");
        }
        assertThat(headlines(malta, uruguay)).as("deleted").doesNotContain(headline);
        jdbc.sql("delete from article where id = ?").param(id).update();
        assertThat(
                jdbc.sql("select count(*) from article_pair where article_id = ?").param(id).query(Long.class).single())
            .isZero();
    }

    private void mentions(long article, RelationQueries.Side country, int mentions) {
        jdbc.sql("update article_country set mentions = ? where article_id = ? and country_id = ?")
            .params(mentions, article, country.id())
            .update();
    }

    private List<String> headlines(RelationQueries.Side a, RelationQueries.Side b) {
        return stories.ofRelation(a, b, 50).stream().map(StoryEntry::title).toList();
    }

}
