package news.dateline.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.newsroom.PeopleAdmin;
import news.dateline.support.DataSourceProbe;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference data is loaded on every start: it adds what is missing and undoes no
 * editor's work.
 */
@DatelineTest
class ReferenceDataLoaderTest {

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    PeopleAdmin people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSourceProbe database;

    @Test
    void aReferencePersonMergedInTheNewsroomIsNotBroughtBackAtTheNextStart() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = "reference-person-" + tag;
        String keeper = "reference-keeper-" + tag;
        ReferenceData data = new ReferenceData(List.of(), List.of(), List.of(new ReferenceData.PersonEntry(slug,
                "Reference Person " + tag, List.of("R. Person " + tag), "Envoy", "LA")), List.of());
        jdbc.sql("insert into person (slug, name) values (?, ?)").params(keeper, "Reference Keeper " + tag).update();
        try {
            loader.load(data);
            assertThat(count(slug)).isOne();

            Map<String, String> errors = new HashMap<>();
            assertThat(people.merge(keeper, slug, "test", errors)).isEqualTo("Reference Person " + tag);
            assertThat(errors).isEmpty();
            loader.load(data);

            assertThat(count(slug)).isZero();
            assertThat(jdbc.sql(
                    "select p.slug from person_slug_redirect r join person p on p.id = r.person_id where r.old_slug = ?")
                .param(slug)
                .query(String.class)
                .single()).isEqualTo(keeper);
        }
        finally {
            jdbc.sql("delete from person where slug in (?, ?)").params(slug, keeper).update();
        }
    }

    @Test
    void aliasesAnEditorDeletedStayDeletedAndAliasesNewToTheFileArrive() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = "alias-person-" + tag;
        ReferenceData first = new ReferenceData(List.of(),
                List.of(new ReferenceData.CountryEntry("KH", List.of("Kampuchea " + tag), List.of())),
                List.of(new ReferenceData.PersonEntry(slug, "Alias Person " + tag, List.of("A. Person " + tag), "Envoy",
                        "KH")),
                List.of());
        try {
            loader.load(first);
            assertThat(aliases(slug)).containsExactly("A. Person " + tag);
            assertThat(countryAliases(tag)).containsExactly("Kampuchea " + tag);

            jdbc.sql("delete from person_alias where alias = ?").param("A. Person " + tag).update();
            jdbc.sql("delete from country_alias where alias = ?").param("Kampuchea " + tag).update();
            database.reset();
            loader.load(first);

            assertThat(database.count()).as("statements for a start with nothing new").isOne();
            assertThat(aliases(slug)).isEmpty();
            assertThat(countryAliases(tag)).isEmpty();

            ReferenceData later = new ReferenceData(List.of(), first.countries(),
                    List.of(new ReferenceData.PersonEntry(slug, "Alias Person " + tag,
                            List.of("A. Person " + tag, "Ambassador Person " + tag), "Envoy", "KH")),
                    List.of());
            loader.load(later);
            assertThat(aliases(slug)).containsExactly("Ambassador Person " + tag);
        }
        finally {
            jdbc.sql("delete from person where slug = ?").param(slug).update();
            jdbc.sql("delete from country_alias where alias = ?").param("Kampuchea " + tag).update();
        }
    }

    private List<String> aliases(String slug) {
        return jdbc.sql(
                "select a.alias from person_alias a join person p on p.id = a.person_id where p.slug = ? order by a.alias")
            .param(slug)
            .query(String.class)
            .list();
    }

    private List<String> countryAliases(String tag) {
        return jdbc.sql("select alias from country_alias where alias like ?")
            .param("%" + tag)
            .query(String.class)
            .list();
    }

    private long count(String slug) {
        return jdbc.sql("select count(*) from person where slug = ?").param(slug).query(Long.class).single();
    }

}
