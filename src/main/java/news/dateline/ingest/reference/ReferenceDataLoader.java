package news.dateline.ingest.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import news.dateline.article.Agencies;
import news.dateline.country.Countries;
import news.dateline.event.Events;
import news.dateline.ingest.recognition.Gazetteer;
import news.dateline.ingest.wire.AgencyTable;
import news.dateline.person.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the reference data (every ISO country, agencies, the curated people and events)
 * into the database. Each entry is put in once: the {@code reference_applied} ledger
 * remembers what was, so that every start adds only entries new to the file and never
 * brings back what an editor deleted or merged, nor overwrites what they changed. A start
 * with nothing new costs one query. The rows are written by the modules that own them
 * ({@link Countries}, {@link Agencies}, {@link People}, {@link Events}), under the same
 * rules as the newsroom's.
 */
@Component
class ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcClient jdbc;

    private final Countries countries;

    private final Agencies agencies;

    private final People people;

    private final Events events;

    ReferenceDataLoader(JdbcClient jdbc, Countries countries, Agencies agencies, People people, Events events) {
        this.jdbc = jdbc;
        this.countries = countries;
        this.agencies = agencies;
        this.people = people;
        this.events = events;
    }

    @Transactional
    public void load(ReferenceData data) {
        Set<String> applied = new HashSet<>(jdbc.sql("select item from reference_applied").query(String.class).list());
        List<String> now = new ArrayList<>();
        Predicate<String> isNew = item -> !applied.contains(item) && applied.add(item) && now.add(item);
        int added = 0;
        for (Gazetteer.KnownCountry country : data.knownCountries()) {
            if (isNew.test("country:" + country.code()) && countries.add(country.code(), country.name())) {
                added++;
            }
            for (String alias : country.aliases()) {
                if (isNew.test("country-alias:" + country.code() + ":NAME:" + alias)
                        && countries.addAlias(country.code(), alias, Countries.Alias.NAME)) {
                    added++;
                }
            }
            for (String demonym : country.demonyms()) {
                if (isNew.test("country-alias:" + country.code() + ":DEMONYM:" + demonym)
                        && countries.addAlias(country.code(), demonym, Countries.Alias.DEMONYM)) {
                    added++;
                }
            }
        }
        for (AgencyTable.Agency agency : AgencyTable.all()) {
            if (isNew.test("agency:" + agency.name())
                    && agencies.addReference(agency.name(), agency.fullName(), agency.website())) {
                added++;
            }
        }
        for (ReferenceData.AgencyEntry agency : data.agencies()) {
            if (isNew.test("agency:" + agency.name())
                    && agencies.addReference(agency.name(), agency.fullName(), agency.website())) {
                added++;
            }
        }
        for (ReferenceData.PersonEntry person : data.people()) {
            if (isNew.test("person:" + person.slug())
                    && people.addReference(person.slug(), person.name(), person.role(), person.country())) {
                added++;
            }
            for (String alias : person.aliases()) {
                if (isNew.test("person-alias:" + person.slug() + ":" + alias)
                        && people.addAlias(person.slug(), alias)) {
                    added++;
                }
            }
        }
        for (ReferenceData.EventEntry event : data.events()) {
            if (isNew.test("event:" + event.slug()) && addEvent(event)) {
                added++;
            }
        }
        if (!now.isEmpty()) {
            jdbc.sql("insert into reference_applied (item) select unnest(cast(? as text[])) on conflict do nothing")
                .param(now.toArray(String[]::new))
                .update();
        }
        if (added > 0) {
            log.info("Reference data: {} rows added", added);
        }
    }

    private boolean addEvent(ReferenceData.EventEntry event) {
        var end = event.endPartialDate();
        var details = new Events.Details(event.title(), event.kind() == null ? "event" : event.kind(), event.summary(),
                event.startDate(), end == null ? null : end.end(), event.place());
        return events.addReference(event.slug(), details, event.countries(), event.people(), event.aliases(),
                event.cues());
    }

}
