package news.dateline.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.SeparateDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The generator on two empty databases of the test server: the same seed gives the same
 * archive, its shape is the one asked for, and every reader page answers on it.
 */
@SpringBootTest(properties = { "dateline.scheduler.enabled=false", "dateline.seeds.import-on-start=false" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveGeneratorTest {

    static final int STORIES = 2_000;
    static final long SEED = 7;
    static final LocalDate UNTIL = LocalDate.now(ZoneOffset.UTC);

    static final String SUFFIX = Long.toString(System.nanoTime(), 36);

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) throws SQLException {
        SeparateDatabase server = SeparateDatabase.server();
        server.create("archive_a_" + SUFFIX);
        server.create("archive_b_" + SUFFIX);
        server.use(registry, "archive_a_" + SUFFIX);
    }

    @Autowired
    ArchiveGenerator generator;

    @Autowired
    GenerateCommand command;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Flyway flyway;

    @Autowired
    org.springframework.core.env.Environment environment;

    ArchiveGenerator.Summary summary;

    @BeforeAll
    void generate() throws SQLException {
        summary = generator.generate(new ArchiveGenerator.Settings(STORIES, SEED, UNTIL, false), line -> {
        });
    }

    @Test
    void theSameSeedGivesTheSameArchiveInAnotherDatabase() throws SQLException {
        var other = DataSourceBuilder.create()
            .url(SeparateDatabase.database(environment.getProperty("spring.datasource.url"), "archive_b_" + SUFFIX))
            .username(environment.getProperty("spring.datasource.username"))
            .password(environment.getProperty("spring.datasource.password"))
            .build();
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(other).load().migrate();
        new ArchiveGenerator(other).generate(new ArchiveGenerator.Settings(STORIES, SEED, UNTIL, false), line -> {
        });

        String twin = fingerprint(JdbcClient.create(other));
        assertThat(twin).isEqualTo(fingerprint(jdbc));
        assertThat(fingerprint(jdbc)).isNotEqualTo(fingerprintOfAnotherSeed());
    }

    private String fingerprintOfAnotherSeed() throws SQLException {
        var third = DataSourceBuilder.create()
            .url(SeparateDatabase.database(environment.getProperty("spring.datasource.url"), "archive_b_" + SUFFIX))
            .username(environment.getProperty("spring.datasource.username"))
            .password(environment.getProperty("spring.datasource.password"))
            .build();
        JdbcClient client = JdbcClient.create(third);
        client.sql("delete from article").update();
        new ArchiveGenerator(third).generate(new ArchiveGenerator.Settings(STORIES, SEED + 1, UNTIL, false), line -> {
        });
        return fingerprint(client);
    }

    /**
     * Every generated row by its slugs and codes, not its ids (those depend on what the
     * database held before).
     */
    static String fingerprint(JdbcClient jdbc) {
        return jdbc.sql("""
                select md5(string_agg(row, E'\\n' order by row)) from (
                  select concat_ws('|', a.slug, a.headline, md5(a.body), a.standfirst, a.status, a.published_at,
                                   a.published_precision, a.published_offset, g.name, a.dateline, a.content_hash) as row
                    from article a left join agency g on g.id = a.agency_id
                  union all select concat_ws('|', a.slug, c.code, ac.mentions) from article_country ac
                    join article a on a.id = ac.article_id join country c on c.id = ac.country_id
                  union all select concat_ws('|', a.slug, p.slug, p.name, p.role, ap.mentions) from article_person ap
                    join article a on a.id = ap.article_id join person p on p.id = ap.person_id
                  union all select concat_ws('|', a.slug, e.slug, e.start_date, e.date_precision) from article_event ae
                    join article a on a.id = ae.article_id join event e on e.id = ae.event_id
                  union all select concat_ws('|', r.old_slug, a.slug) from article_slug_redirect r
                    join article a on a.id = r.article_id) rows""").query(String.class).single();
    }

    @Test
    void theArchiveHasTheShapeOfAWireArchive() {
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(STORIES);
        assertThat(summary.stories()).isEqualTo(STORIES);
        // 1 to 4 countries, 0 to 4 people, 0 to 2 events per story, each number present
        assertThat(perStory("article_country")).containsOnlyKeys(1L, 2L, 3L, 4L);
        assertThat(perStory("article_person")).containsOnlyKeys(0L, 1L, 2L, 3L, 4L);
        assertThat(perStory("article_event")).containsOnlyKeys(0L, 1L, 2L);
        Map<String, Long> statuses = jdbc.sql("select status, count(*) from article group by status")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(statuses).containsOnlyKeys("PUBLISHED", "DRAFT", "SCHEDULED", "DELETED");
        assertThat(statuses.get("PUBLISHED")).isGreaterThan(STORIES * 95L / 100);
        assertThat(jdbc.sql("select count(*) from article where status = 'SCHEDULED' and published_at <= now()")
            .query(Long.class)
            .single()).isZero();
        assertThat(jdbc.sql("select count(*) from article where status = 'DELETED' and deleted_at is null")
            .query(Long.class)
            .single()).isZero();
        assertThat(jdbc.sql("select count(*) from article_slug_redirect").query(Long.class).single()).isPositive();
        // fifteen years of stories, the last in the days before the end date
        assertThat(jdbc.sql("select min(published_at) < now() - interval '14 years' from article")
            .query(Boolean.class)
            .single()).isTrue();
        assertThat(jdbc
            .sql("select max(published_at) > now() - interval '30 days' from article where status = 'PUBLISHED'")
            .query(Boolean.class)
            .single()).isTrue();
        // a few countries and people dominate: the first country is in more stories than
        // the tenth by far
        List<Long> countryStories = jdbc.sql("select count(*) from article_country group by country_id order by 1 desc")
            .query(Long.class)
            .list();
        assertThat(countryStories.getFirst()).isGreaterThan(4 * countryStories.get(9));
        List<Long> personStories = jdbc.sql("select count(*) from article_person group by person_id order by 1 desc")
            .query(Long.class)
            .list();
        assertThat(personStories.getFirst()).isGreaterThan(5 * personStories.get(personStories.size() / 2));
        // every agency of the cast has stories, the biggest the most
        assertThat(jdbc.sql(
                "select g.name from article a join agency g on g.id = a.agency_id group by g.name order by count(*) desc limit 1")
            .query(String.class)
            .single()).isIn("Reuters", "Xinhua", "AFP");
        // events with their date precision, and one to three countries
        assertThat(jdbc.sql(
                "select distinct date_precision from event e where exists (select 1 from article_event ae where ae.event_id = e.id)")
            .query(String.class)
            .list()).contains("DAY");
        // the search vector is there, and the frequent word is in about half of the
        // stories or more
        long frequent = jdbc
            .sql("select count(*) from article where search_vector @@ plainto_tsquery('english', dl_fold(?))")
            .param(Prose.FREQUENT_WORD)
            .query(Long.class)
            .single();
        assertThat(frequent).isBetween(STORIES * 35L / 100, STORIES * 95L / 100);
    }

    private Map<Long, Long> perStory(String table) {
        return jdbc
            .sql("""
                    select n, count(*) from (select (select count(*) from %s l where l.article_id = a.id) as n from article a) x
                    group by n"""
                .formatted(table))
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theSearchIndexOfARunningNodeReadsTheGeneratedStories(@Autowired news.dateline.search.SearchIndex index) {
        // the node's index was built on the empty archive; the generator loaded with its
        // triggers off, but for the one recording the writing transaction
        index.catchUp();
        long published = jdbc.sql("select count(*) from article where status = 'PUBLISHED'").query(Long.class).single();
        assertThat((long) index.searchable()).isEqualTo(published).isPositive();
    }

    @Test
    void everyReaderPageAnswersOnTheGeneratedArchive() {
        String article = jdbc.sql("""
                select slug from article where status = 'PUBLISHED' and published_at <= now()
                order by published_at desc limit 1 offset 10""").query(String.class).single();
        String country = jdbc.sql(
                "select c.slug from country c join article_country ac on ac.country_id = c.id group by c.slug order by count(*) desc limit 1")
            .query(String.class)
            .single();
        String person = jdbc.sql(
                "select p.slug from person p join article_person ap on ap.person_id = p.id group by p.slug order by count(*) desc limit 1")
            .query(String.class)
            .single();
        String event = jdbc.sql(
                "select e.slug from event e join article_event ae on ae.event_id = e.id group by e.slug order by count(*) desc limit 1")
            .query(String.class)
            .single();
        String relation = jdbc.sql("""
                select least(ca.slug, cb.slug) || '/' || greatest(ca.slug, cb.slug) from event_country x
                join event_country y on y.event_id = x.event_id and y.country_id <> x.country_id
                join country ca on ca.id = x.country_id join country cb on cb.id = y.country_id
                group by 1 order by count(*) desc limit 1""").query(String.class).single();
        for (String url : List.of("/", "/?page=3", "/articles/" + article, "/countries", "/countries/" + country,
                "/relations/" + relation, "/people/" + person, "/events/" + event, "/search?q=" + Prose.FREQUENT_WORD,
                "/search?q=" + Prose.RARE_WORD, "/feed.xml", "/sitemap.xml", "/sitemaps/articles-1.xml",
                "/news-sitemap.xml")) {
            assertThat(mvc.get().uri(url).exchange()).as(url).hasStatusOk();
        }
    }

    @Test
    void aRenamedSlugAnswers301AndADeletedStory410() {
        var renamed = jdbc.sql("""
                select r.old_slug, a.slug from article_slug_redirect r join article a on a.id = r.article_id
                where a.status = 'PUBLISHED' and a.published_at <= now() limit 1""")
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
            .single();
        assertThat(mvc.get().uri("/articles/" + renamed.get(0)).exchange()).hasStatus(301)
            .hasHeader("Location", "/articles/" + renamed.get(1));
        String deleted = jdbc.sql("select slug from article where status = 'DELETED' limit 1")
            .query(String.class)
            .single();
        assertThat(mvc.get().uri("/articles/" + deleted).exchange()).hasStatus(410);
        String draft = jdbc.sql("select slug from article where status = 'DRAFT' limit 1").query(String.class).single();
        assertThat(mvc.get().uri("/articles/" + draft).exchange()).hasStatus(404);
    }

    @Test
    void theCommandRefusesADatabaseThatHasStories() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = command.run(List.of("generate", "--stories", "10"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already has " + STORIES + " stories")
            .contains("--append");
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(STORIES);
        assertThat(command.run(List.of("generate", "--stories", "ten"), new PrintStream(out), new PrintStream(err)))
            .isEqualTo(2);
    }

}
