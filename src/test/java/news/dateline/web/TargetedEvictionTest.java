package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleEditing;
import news.dateline.article.ArticleStatus;
import news.dateline.article.SaveOutcome;
import news.dateline.country.Countries;
import news.dateline.person.People;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Saving a story empties the cached pages it appears on, and only those: a page it does
 * not touch is still served from the cache (no SQL statement at all), its rendered bytes
 * included.
 */
@DatelineTest
class TargetedEvictionTest {

    static final String SEED = "laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSourceProbe statements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleEditing editing;

    @Autowired
    Clock clock;

    @Autowired
    PageCache pages;

    @Test
    void savingAStoryEmptiesThePagesItIsOnAndNoOther() {
        long seed = jdbc.sql("select id from article where slug = ?").param(SEED).query(Long.class).single();
        Set<Long> people = Set.copyOf(jdbc.sql("select person_id from article_person where article_id = ?")
            .param(seed)
            .query(Long.class)
            .list());
        Set<Long> countries = Set.copyOf(jdbc.sql("select country_id from article_country where article_id = ?")
            .param(seed)
            .query(Long.class)
            .list());
        Set<Long> events = Set.copyOf(jdbc.sql("select event_id from article_event where article_id = ?")
            .param(seed)
            .query(Long.class)
            .list());
        assertThat(people).isNotEmpty();
        assertThat(events).isNotEmpty();
        // a story of its own about a country no seed story names, naming no one: the seed
        // stories all name someone the story below names too
        long iceland = jdbc.sql("select id from country where code = 'IS'").query(Long.class).single();
        var aside = (SaveOutcome.Saved) editing.save(new ArticleDraft(null, null, "eviction-aside-" + seed,
                "Eviction test aside", null, "A story about a country of its own.", null, null, "en",
                clock.instant().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), true, "+00:00",
                ArticleStatus.PUBLISHED, Set.of(), Set.of(iceland), Set.of()), "ed");
        // a country with stories that shares nothing with the story: not its country, not
        // a country of its events or people, none of its stories naming its people (the
        // country page lists the people its stories name most)
        String untouched = jdbc
            .sql("""
                    select c.slug from country c
                    where exists (select 1 from article_country ac join article a on a.id = ac.article_id
                                  where ac.country_id = c.id and a.status = 'PUBLISHED')
                      and not (c.id = any(:countries))
                      and not exists (select 1 from event_country ec where ec.country_id = c.id and ec.event_id = any(:events))
                      and not exists (select 1 from person p where p.country_id = c.id and p.id = any(:people))
                      and not exists (select 1 from article_country named join article_person ap on ap.article_id = named.article_id
                                      where named.country_id = c.id and ap.person_id = any(:people))
                    order by c.slug limit 1""")
            .param("countries", countries.toArray(Long[]::new))
            .param("events", events.toArray(Long[]::new))
            .param("people", people.toArray(Long[]::new))
            .query(String.class)
            .single();

        String word = UUID.randomUUID().toString().substring(0, 8);
        String slug = "eviction-test-" + word;
        var draft = new ArticleDraft(null, null, slug, "Eviction test before " + word, null,
                "A story on the pages of its tags.", null, null, "en", clock.instant().truncatedTo(ChronoUnit.MINUTES),
                true, "+00:00", ArticleStatus.PUBLISHED, people, countries, events);
        var created = (SaveOutcome.Saved) editing.save(draft, "ed");
        try {
            List<String> touched = new ArrayList<>(List.of("/", "/articles/" + slug));
            touched.addAll(slugs("country", countries).stream().map(s -> "/countries/" + s).toList());
            touched.addAll(slugs("person", people).stream().map(s -> "/people/" + s).toList());
            touched.addAll(slugs("event", events).stream().map(s -> "/events/" + s).toList());
            for (String url : touched) {
                assertThat(body(url)).as(url).contains("Eviction test before " + word);
            }
            String untouchedPage = body("/countries/" + untouched);

            editing.save(new ArticleDraft(created.id(), created.version(), slug, "Eviction test after " + word, null,
                    draft.body(), null, null, "en", draft.publishedAt(), true, "+00:00", ArticleStatus.PUBLISHED,
                    people, countries, events), "ed");

            // the rendered pages: the untouched country's is still kept, the touched ones
            // not
            assertThat(pages.fresh("/countries/" + untouched)).as("rendered /countries/%s", untouched).isNotNull();
            for (String url : touched) {
                assertThat(pages.fresh(url)).as("rendered %s", url).isNull();
            }
            statements.reset();
            assertThat(body("/countries/" + untouched)).isEqualTo(untouchedPage);
            assertThat(statements.count()).as("statements for the untouched /countries/%s", untouched).isZero();
            for (String url : touched) {
                statements.reset();
                assertThat(body(url)).as(url)
                    .contains("Eviction test after " + word)
                    .doesNotContain("Eviction test before " + word);
                assertThat(statements.count()).as("statements for %s", url).isPositive();
            }
        }
        finally {
            editing.delete(created.id(), "ed");
            editing.delete(aside.id(), "ed");
        }
        assertThat(mvc.get().uri("/articles/" + slug).exchange().getResponse().getStatus()).isEqualTo(410);
        assertThat(body("/")).doesNotContain("Eviction test after " + word);
    }

    @Test
    void savingADraftEmptiesNothing() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        body("/");
        body("/countries/laos");
        var draft = new ArticleDraft(null, null, "draft-" + word, "A draft " + word, null, "Not for readers yet.", null,
                null, "en", clock.instant(), true, "+00:00", ArticleStatus.DRAFT, Set.of(),
                Set.copyOf(jdbc.sql("select id from country where slug = 'laos'").query(Long.class).list()), Set.of());
        var created = (SaveOutcome.Saved) editing.save(draft, "ed");
        try {
            statements.reset();
            body("/");
            body("/countries/laos");
            assertThat(statements.count()).isZero();
        }
        finally {
            editing.delete(created.id(), "ed");
        }
    }

    @Test
    void savingACountrysAliasesEmptiesItsPageAndNoOther(@Autowired Countries countries) {
        long laos = jdbc.sql("select id from country where slug = 'laos'").query(Long.class).single();
        List<String> names = jdbc
            .sql("select alias from country_alias where country_id = ? and kind = 'NAME' order by alias")
            .param(laos)
            .query(String.class)
            .list();
        List<String> demonyms = jdbc
            .sql("select alias from country_alias where country_id = ? and kind = 'DEMONYM' order by alias")
            .param(laos)
            .query(String.class)
            .list();
        body("/countries/laos");
        body("/countries/azerbaijan");

        countries.replaceAliases(laos, names, demonyms);

        statements.reset();
        body("/countries/azerbaijan");
        assertThat(statements.count()).isZero();
        body("/countries/laos");
        assertThat(statements.count()).isPositive();
    }

    private List<String> slugs(String table, Set<Long> ids) {
        return jdbc.sql("select slug from " + table + " where id = any(?) order by slug")
            .param(ids.toArray(Long[]::new))
            .query(String.class)
            .list();
    }

    @Test
    void renamingAPersonEmptiesThePagesShowingThemAndNoOther(@Autowired People people) {
        record Person(long id, String slug, String name, String role, long country) {
        }
        Person person = jdbc.sql("""
                select p.id, p.slug, p.name, p.role, p.country_id from person p
                where p.country_id is not null
                  and exists (select 1 from article_person ap join article a on a.id = ap.article_id
                              where ap.person_id = p.id and a.status = 'PUBLISHED')
                order by p.slug limit 1""")
            .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5)))
            .single();
        String story = jdbc.sql("""
                select a.slug from article a join article_person ap on ap.article_id = a.id
                where ap.person_id = ? and a.status = 'PUBLISHED' order by a.id limit 1""")
            .param(person.id())
            .query(String.class)
            .single();
        String country = jdbc.sql("select slug from country where id = ?")
            .param(person.country())
            .query(String.class)
            .single();
        // a country with stories that is not the person's: its page lists other people
        String untouched = jdbc.sql("""
                select c.slug from country c
                where c.id <> ? and exists (select 1 from article_country ac join article a on a.id = ac.article_id
                                            where ac.country_id = c.id and a.status = 'PUBLISHED')
                order by c.slug limit 1""").param(person.country()).query(String.class).single();
        List<String> aliases = jdbc.sql("select alias from person_alias where person_id = ?")
            .param(person.id())
            .query(String.class)
            .list();
        String renamed = person.name() + " Renamed";
        body("/people/" + person.slug());
        body("/articles/" + story);
        body("/countries/" + country);
        String untouchedPage = body("/countries/" + untouched);
        try {
            people.edit(person.id(), renamed, person.role(), person.country(), aliases);

            statements.reset();
            assertThat(body("/countries/" + untouched)).isEqualTo(untouchedPage);
            assertThat(statements.count()).as("statements for the untouched /countries/%s", untouched).isZero();
            for (String url : List.of("/people/" + person.slug(), "/articles/" + story)) {
                statements.reset();
                assertThat(body(url)).as(url).contains(renamed);
                assertThat(statements.count()).as("statements for %s", url).isPositive();
            }
            statements.reset();
            body("/countries/" + country);
            assertThat(statements.count()).as("the person's country page is built again").isPositive();
        }
        finally {
            people.edit(person.id(), person.name(), person.role(), person.country(), aliases);
        }
        assertThat(body("/people/" + person.slug())).doesNotContain(renamed);
    }

    private String body(String url) {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).as(url).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

}
