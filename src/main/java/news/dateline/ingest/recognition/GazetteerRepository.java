package news.dateline.ingest.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the gazetteer from the database, so that people and events that editors add are
 * recognized too. Four queries, whatever the number of entries.
 */
@Repository
public class GazetteerRepository {

    private final JdbcClient jdbc;

    GazetteerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The gazetteer and the database ids behind its keys. */
    public record Indexed(Gazetteer gazetteer, Map<String, Long> countryIds, Map<String, Long> personIds,
            Map<String, Long> eventIds) {
    }

    @Transactional(readOnly = true)
    public Indexed load() {
        Map<String, Long> countryIds = new HashMap<>();
        Map<String, CountryRow> countries = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id, c.code, c.name, a.alias, a.kind
                from country c left join country_alias a on a.country_id = c.id
                order by c.code, a.id""").query(rs -> {
            String code = rs.getString("code");
            countryIds.put(code, rs.getLong("id"));
            CountryRow row = countries.computeIfAbsent(code, c -> new CountryRow(code, rsString(rs, "name")));
            String alias = rs.getString("alias");
            if (alias != null) {
                ("DEMONYM".equals(rs.getString("kind")) ? row.demonyms : row.aliases).add(alias);
            }
        });
        Map<String, Long> personIds = new HashMap<>();
        Map<String, PersonRow> people = new LinkedHashMap<>();
        jdbc.sql("""
                select p.id, p.slug, p.name, p.role, c.code, a.alias
                from person p left join country c on c.id = p.country_id
                left join person_alias a on a.person_id = p.id
                order by p.id, a.id""").query(rs -> {
            String slug = rs.getString("slug");
            personIds.put(slug, rs.getLong("id"));
            PersonRow row = people.computeIfAbsent(slug,
                    s -> new PersonRow(slug, rsString(rs, "name"), rsString(rs, "role"), rsString(rs, "code")));
            String alias = rs.getString("alias");
            if (alias != null) {
                row.aliases.add(alias);
            }
        });
        Map<String, Long> eventIds = new HashMap<>();
        Map<Long, EventRow> events = new LinkedHashMap<>();
        jdbc.sql(
                "select id, slug, title, kind, start_date, date_precision, end_date, place from event order by start_date, id")
            .query(rs -> {
                long id = rs.getLong("id");
                eventIds.put(rs.getString("slug"), id);
                LocalDate end = rs.getObject("end_date", LocalDate.class);
                events.put(id,
                        new EventRow(rs.getString("slug"), rs.getString("title"), rs.getString("kind"),
                                PartialDate.of(rs.getObject("start_date", LocalDate.class),
                                        PartialDate.Precision.valueOf(rs.getString("date_precision"))),
                                end == null ? null : PartialDate.of(end), rs.getString("place")));
            });
        jdbc.sql(
                """
                        select ec.event_id, 'COUNTRY' as kind, c.code as value from event_country ec join country c on c.id = ec.country_id
                        union all
                        select ep.event_id, 'PERSON', p.slug from event_person ep join person p on p.id = ep.person_id
                        union all
                        select event_id, kind, phrase from event_phrase""")
            .query(rs -> {
                EventRow row = events.get(rs.getLong("event_id"));
                if (row == null) {
                    return;
                }
                String value = rs.getString("value");
                switch (rs.getString("kind")) {
                    case "COUNTRY" -> row.countries.add(value);
                    case "PERSON" -> row.people.add(value);
                    case "ALIAS" -> row.aliases.add(value);
                    default -> row.cues.add(value);
                }
            });
        Gazetteer gazetteer = new Gazetteer(
                countries.values()
                    .stream()
                    .map(c -> new Gazetteer.KnownCountry(c.code, c.name, c.aliases, c.demonyms))
                    .toList(),
                people.values()
                    .stream()
                    .map(p -> new Gazetteer.KnownPerson(p.slug, p.name, p.aliases, p.role, p.country))
                    .toList(),
                events.values()
                    .stream()
                    .map(e -> new Gazetteer.KnownEvent(e.slug, e.title, e.kind, e.date, e.end, e.place, e.countries,
                            e.people, e.aliases, e.cues))
                    .toList());
        return new Indexed(gazetteer, countryIds, personIds, eventIds);
    }

    private static String rsString(java.sql.ResultSet rs, String column) {
        try {
            return rs.getString(column);
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record CountryRow(String code, String name, List<String> aliases, List<String> demonyms) {
        CountryRow(String code, String name) {
            this(code, name, new ArrayList<>(), new ArrayList<>());
        }
    }

    private record PersonRow(String slug, String name, String role, String country, List<String> aliases) {
        PersonRow(String slug, String name, String role, String country) {
            this(slug, name, role, country, new ArrayList<>());
        }
    }

    private record EventRow(String slug, String title, String kind, PartialDate date, PartialDate end, String place,
            List<String> countries, List<String> people, List<String> aliases, List<String> cues) {
        EventRow(String slug, String title, String kind, PartialDate date, PartialDate end, String place) {
            this(slug, title, kind, date, end, place, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
        }
    }

}
