package news.dateline.ingest.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import news.dateline.ingest.recognition.Gazetteer;
import news.dateline.person.People;
import news.dateline.shared.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import news.dateline.shared.ContentChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the reference data (every ISO country, agencies, the curated people and events) into the
 * database. Each entry is put in once: the {@code reference_applied} ledger remembers what was, so
 * that every start adds only entries new to the file and never brings back what an editor deleted
 * or merged, nor overwrites what they changed. A start with nothing new costs one query.
 */
@Component
class ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher changes;
    private final People people;

    ReferenceDataLoader(JdbcClient jdbc, ApplicationEventPublisher changes, People people) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.people = people;
    }

    @Transactional
    public void load(ReferenceData data) {
        Set<String> applied = new HashSet<>(jdbc.sql("select item from reference_applied").query(String.class).list());
        List<String> now = new ArrayList<>();
        Predicate<String> isNew = item -> !applied.contains(item) && applied.add(item) && now.add(item);
        int added = 0;
        for (Gazetteer.KnownCountry country : data.knownCountries()) {
            if (isNew.test("country:" + country.code())) {
                added += jdbc.sql("insert into country (code, name, slug) values (?, ?, ?) on conflict (code) do nothing")
                        .params(country.code(), country.name(), Slugs.of(country.name()))
                        .update();
            }
            for (String alias : country.aliases()) {
                if (isNew.test("country-alias:" + country.code() + ":NAME:" + alias)) {
                    added += addCountryAlias(country.code(), alias, "NAME");
                }
            }
            for (String demonym : country.demonyms()) {
                if (isNew.test("country-alias:" + country.code() + ":DEMONYM:" + demonym)) {
                    added += addCountryAlias(country.code(), demonym, "DEMONYM");
                }
            }
        }
        for (ReferenceData.AgencyEntry agency : data.agencies()) {
            if (isNew.test("agency:" + agency.name())) {
                added += jdbc.sql("""
                                insert into agency (slug, name, full_name, website) values (?, ?, ?, ?)
                                on conflict do nothing""")
                        .params(Slugs.of(agency.name()), agency.name(), agency.fullName(), agency.website())
                        .update();
            }
        }
        for (ReferenceData.PersonEntry person : data.people()) {
            if (isNew.test("person:" + person.slug())
                    && people.addReference(person.slug(), person.name(), person.role(), person.country())) {
                added++;
            }
            for (String alias : person.aliases()) {
                if (isNew.test("person-alias:" + person.slug() + ":" + alias) && people.addAlias(person.slug(), alias)) {
                    added++;
                }
            }
        }
        for (ReferenceData.EventEntry event : data.events()) {
            if (isNew.test("event:" + event.slug())) {
                added += addEvent(event);
            }
        }
        if (!now.isEmpty()) {
            jdbc.sql("insert into reference_applied (item) select unnest(cast(? as text[])) on conflict do nothing")
                    .param(now.toArray(String[]::new)).update();
        }
        if (added > 0) {
            changes.publishEvent(new ContentChanged("reference data"));
            log.info("Reference data: {} rows added", added);
        }
    }

    private int addCountryAlias(String code, String alias, String kind) {
        return jdbc.sql("""
                        insert into country_alias (country_id, alias, kind)
                        select id, ?, ? from country where code = ? on conflict do nothing""")
                .params(alias, kind, code)
                .update();
    }

    private int addEvent(ReferenceData.EventEntry event) {
        var start = event.startDate();
        var end = event.endPartialDate();
        List<Long> inserted = jdbc.sql("""
                        insert into event (slug, title, kind, summary, start_date, date_precision, end_date, place)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (slug) do nothing returning id""")
                .params(event.slug(), event.title(), event.kind() == null ? "event" : event.kind(), event.summary(),
                        start.start(), start.precision().name(), end == null ? null : end.end(), event.place())
                .query(Long.class)
                .list();
        if (inserted.isEmpty()) {
            return 0;
        }
        long id = inserted.getFirst();
        for (String code : event.countries()) {
            jdbc.sql("insert into event_country (event_id, country_id) select ?, id from country where code = ?")
                    .params(id, code).update();
        }
        for (String slug : event.people()) {
            jdbc.sql("insert into event_person (event_id, person_id) select ?, id from person where slug = ?")
                    .params(id, slug).update();
        }
        for (String alias : event.aliases()) {
            jdbc.sql("insert into event_phrase (event_id, phrase, kind) values (?, ?, 'ALIAS') on conflict do nothing")
                    .params(id, alias).update();
        }
        for (String cue : event.cues()) {
            jdbc.sql("insert into event_phrase (event_id, phrase, kind) values (?, ?, 'CUE') on conflict do nothing")
                    .params(id, cue).update();
        }
        return 1;
    }
}
