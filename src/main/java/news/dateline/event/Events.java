package news.dateline.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.dateline.shared.PartialDate;
import news.dateline.shared.Slugs;
import news.dateline.shared.SqlTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@code event}, {@code event_country}, {@code event_person} and
 * {@code event_phrase}: the newsroom's event form, the story form's new event and the
 * reference data add and edit events here. Every change publishes {@link EventChanged}.
 */
@Service
public class Events {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Events(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What an event says about itself.
     *
     * @param summary null for none
     * @param endDate the last day of an event that lasts, or null
     * @param place null for none
     */
    public record Details(String title, String kind, String summary, PartialDate date, LocalDate endDate,
            String place) {
    }

    /** An event just added, by id and slug. */
    public record Added(long id, String slug) {
    }

    /**
     * A phrase that names an event ({@code ALIAS}: found by search too) or hints at it in
     * copy ({@code CUE}).
     */
    public enum Phrase {

        ALIAS, CUE

    }

    /**
     * Adds an event under a free slug made from its title and year ("-2", "-3"… when
     * taken), with the countries and people (by id) taking part.
     */
    @Transactional
    public Added add(Details details, Collection<Long> countryIds, Collection<Long> personIds) {
        String slug = Slugs.free(details.title() + " " + details.date().year(), "event",
                s -> jdbc.sql("select exists (select 1 from event where slug = ?)")
                    .param(s)
                    .query(Boolean.class)
                    .single());
        long id = jdbc
            .sql("""
                    insert into event (slug, title, kind, summary, start_date, date_precision, end_date, place, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(slug, details.title(), details.kind(), details.summary(), details.date().start(),
                    details.date().precision().name(), details.endDate(), details.place(), SqlTime.now(clock),
                    SqlTime.now(clock))
            .query(Long.class)
            .single();
        link(id, countryIds, personIds);
        events.publishEvent(new EventChanged(id, slug, Set.copyOf(countryIds), Set.copyOf(personIds)));
        return new Added(id, slug);
    }

    /**
     * Changes the event (the slug stays) and replaces its countries and people with
     * these; the version moves on. The caller checks the version it started from.
     */
    @Transactional
    public void edit(long id, Details details, Collection<Long> countryIds, Collection<Long> personIds) {
        Set<Long> countries = new HashSet<>(countriesOf(id));
        countries.addAll(countryIds);
        Set<Long> people = new HashSet<>(peopleOf(id));
        people.addAll(personIds);
        String slug = jdbc
            .sql("""
                    update event set title = ?, kind = ?, summary = ?, start_date = ?, date_precision = ?, end_date = ?, place = ?,
                                     updated_at = ?, version = version + 1
                    where id = ? returning slug""")
            .params(details.title(), details.kind(), details.summary(), details.date().start(),
                    details.date().precision().name(), details.endDate(), details.place(), SqlTime.now(clock), id)
            .query(String.class)
            .single();
        jdbc.sql("delete from event_country where event_id = ? and not (country_id = any(?))")
            .params(id, countryIds.toArray(Long[]::new))
            .update();
        jdbc.sql("delete from event_person where event_id = ? and not (person_id = any(?))")
            .params(id, personIds.toArray(Long[]::new))
            .update();
        link(id, countryIds, personIds);
        events.publishEvent(new EventChanged(id, slug, countries, people));
    }

    private Set<Long> countriesOf(long eventId) {
        return jdbc.sql("select country_id from event_country where event_id = ?")
            .param(eventId)
            .query(Long.class)
            .set();
    }

    private Set<Long> peopleOf(long eventId) {
        return jdbc.sql("select person_id from event_person where event_id = ?").param(eventId).query(Long.class).set();
    }

    /**
     * An event of the reference data, under the slug the file gives, with its countries
     * (codes), people (slugs; those not known are left out), aliases and cues: added
     * unless an event has that slug.
     * @return whether the event was added
     */
    @Transactional
    public boolean addReference(String slug, Details details, List<String> countryCodes, List<String> personSlugs,
            List<String> aliases, List<String> cues) {
        Optional<Long> inserted = jdbc.sql("""
                insert into event (slug, title, kind, summary, start_date, date_precision, end_date, place)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (slug) do nothing returning id""")
            .params(slug, details.title(), details.kind(), details.summary(), details.date().start(),
                    details.date().precision().name(), details.endDate(), details.place())
            .query(Long.class)
            .optional();
        if (inserted.isEmpty()) {
            return false;
        }
        long id = inserted.get();
        for (String code : countryCodes) {
            jdbc.sql("insert into event_country (event_id, country_id) select ?, id from country where code = ?")
                .params(id, code)
                .update();
        }
        for (String person : personSlugs) {
            jdbc.sql("insert into event_person (event_id, person_id) select ?, id from person where slug = ?")
                .params(id, person)
                .update();
        }
        aliases.forEach(alias -> insertPhrase(id, alias, Phrase.ALIAS));
        cues.forEach(cue -> insertPhrase(id, cue, Phrase.CUE));
        events.publishEvent(new EventChanged(id, slug, countriesOf(id), peopleOf(id)));
        return true;
    }

    /**
     * Adds a phrase to the event, unless it has it already.
     * @return whether it was added
     */
    @Transactional
    public boolean addPhrase(long eventId, String phrase, Phrase kind) {
        boolean added = insertPhrase(eventId, phrase, kind);
        if (added) {
            String slug = jdbc.sql("select slug from event where id = ?").param(eventId).query(String.class).single();
            events.publishEvent(new EventChanged(eventId, slug, countriesOf(eventId), peopleOf(eventId)));
        }
        return added;
    }

    private boolean insertPhrase(long eventId, String phrase, Phrase kind) {
        return jdbc.sql("insert into event_phrase (event_id, phrase, kind) values (?, ?, ?) on conflict do nothing")
            .params(eventId, phrase, kind.name())
            .update() > 0;
    }

    private void link(long id, Collection<Long> countryIds, Collection<Long> personIds) {
        for (Long country : countryIds) {
            jdbc.sql("insert into event_country (event_id, country_id) values (?, ?) on conflict do nothing")
                .params(id, country)
                .update();
        }
        for (Long person : personIds) {
            jdbc.sql("insert into event_person (event_id, person_id) values (?, ?) on conflict do nothing")
                .params(id, person)
                .update();
        }
    }

}
