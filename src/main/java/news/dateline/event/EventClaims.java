package news.dateline.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.dateline.shared.PartialDate;
import news.dateline.shared.SqlTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicting facts: the one writer of {@code event_claim} and {@code event_settlement}.
 * Each story linked to a known event may say on which day and where it happened; when two
 * published stories disagree, the event keeps both claims with their sources, its page
 * shows both, and the newsroom lists the conflict until an editor settles it. Settling
 * sets the event's day or place and keeps the claims, and a record of them as they stood,
 * in {@code event_settlement}; a claim recorded later that still disagrees opens the
 * conflict again.
 */
@Service
public class EventClaims {

    /** How many open conflicts the newsroom lists at once. */
    static final int OPEN_LIST = 100;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    EventClaims(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What a story says of an event.
     *
     * @param date the day it gives, or null
     * @param place the place it gives, or null
     */
    public record Claim(long eventId, LocalDate date, String place) {
    }

    /**
     * Replaces the claims of a story: those of events it no longer claims anything of go,
     * the others are written (a claim that did not change keeps the time it was first
     * recorded, so saving a story again does not reopen a settled conflict).
     */
    @Transactional
    public void record(long articleId, List<Claim> claims) {
        Set<Long> touched = new HashSet<>();
        Long[] kept = claims.stream().map(Claim::eventId).distinct().toArray(Long[]::new);
        touched.addAll(
                jdbc.sql("delete from event_claim where article_id = ? and not (event_id = any(?)) returning event_id")
                    .params(articleId, kept)
                    .query(Long.class)
                    .list());
        Set<Long> seen = new HashSet<>();
        for (Claim claim : claims) {
            if (!seen.add(claim.eventId()) || claim.date() == null && blank(claim.place())) {
                continue;
            }
            String place = blank(claim.place()) ? null : claim.place().strip();
            int written = jdbc.sql("""
                    insert into event_claim (event_id, article_id, claimed_date, claimed_place, recorded_at)
                    values (?, ?, ?, ?, ?)
                    on conflict (event_id, article_id) do update
                    set claimed_date = excluded.claimed_date, claimed_place = excluded.claimed_place,
                        recorded_at = excluded.recorded_at
                    where (event_claim.claimed_date, event_claim.claimed_place)
                          is distinct from (excluded.claimed_date, excluded.claimed_place)""")
                .params(claim.eventId(), articleId, claim.date(), place, SqlTime.now(clock))
                .update();
            if (written > 0) {
                touched.add(claim.eventId());
            }
        }
        if (!touched.isEmpty()) {
            events.publishEvent(new ClaimsRecorded(touched));
        }
    }

    /**
     * The claims stories saved just now make, by story: what {@link #record} writes for
     * each, for a whole import batch in one statement (new stories have no claims to
     * replace) and one {@link ClaimsRecorded} for all.
     */
    @Transactional
    public void recordNew(Map<Long, List<Claim>> claimsByArticle) {
        StringBuilder sql = new StringBuilder(
                "insert into event_claim (event_id, article_id, claimed_date, claimed_place, recorded_at) values");
        List<Object> params = new ArrayList<>();
        var now = SqlTime.now(clock);
        claimsByArticle.forEach((articleId, claims) -> {
            Set<Long> seen = new HashSet<>();
            for (Claim claim : claims) {
                if (!seen.add(claim.eventId()) || claim.date() == null && blank(claim.place())) {
                    continue;
                }
                sql.append(params.isEmpty() ? " " : ", ").append("(?, ?, ?, ?, ?)");
                params.addAll(java.util.Arrays.asList(claim.eventId(), articleId, claim.date(),
                        blank(claim.place()) ? null : claim.place().strip(), now));
            }
        });
        if (params.isEmpty()) {
            return;
        }
        Set<Long> touched = new HashSet<>(jdbc.sql(sql.append("""
                 on conflict (event_id, article_id) do update
                set claimed_date = excluded.claimed_date, claimed_place = excluded.claimed_place,
                    recorded_at = excluded.recorded_at
                where (event_claim.claimed_date, event_claim.claimed_place)
                      is distinct from (excluded.claimed_date, excluded.claimed_place)
                returning event_id""").toString()).params(params).query(Long.class).list());
        if (!touched.isEmpty()) {
            events.publishEvent(new ClaimsRecorded(touched));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * One story's claim, with its source.
     *
     * @param agency the story's agency, or null
     */
    public record Source(String articleSlug, String headline, String agency, LocalDate date, String place) {

        /** "8 December 2025", or null. */
        public String dateText() {
            return date == null ? null : PartialDate.of(date).display();
        }
    }

    /**
     * An event whose published stories disagree on its day or place, not settled since
     * the last of those claims.
     *
     * @param date the event's day as recorded now
     * @param place the event's place as recorded now, or null
     */
    public record Conflict(long eventId, String slug, String title, PartialDate date, String place,
            List<Source> claims) {

        /** The different days the stories give, in order. */
        public List<LocalDate> claimedDates() {
            return claims.stream().map(Source::date).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        }

        /** The different places the stories give (as the first story writes each). */
        public List<String> claimedPlaces() {
            Map<String, String> places = new LinkedHashMap<>();
            claims.stream()
                .map(Source::place)
                .filter(java.util.Objects::nonNull)
                .forEach(p -> places.putIfAbsent(p.toLowerCase(java.util.Locale.ROOT), p));
            return List.copyOf(places.values());
        }
    }

    /**
     * The open conflicts, the latest first, at most {@value #OPEN_LIST}: two statements.
     */
    @Transactional(readOnly = true)
    public List<Conflict> open() {
        List<Conflict> heads = jdbc
            .sql("""
                    with c as (
                        select event_id, count(distinct claimed_date) as dates,
                               count(distinct lower(claimed_place)) as places, max(recorded_at) as latest
                        from event_claim where status = 'PUBLISHED' group by event_id)
                    select e.id, e.slug, e.title, e.start_date, e.date_precision, e.place
                    from c join event e on e.id = c.event_id
                    where (c.dates > 1 or c.places > 1)
                      and not exists (select 1 from event_settlement s where s.event_id = c.event_id and s.settled_at >= c.latest)
                    order by c.latest desc, e.id limit ?""")
            .param(OPEN_LIST)
            .query((rs, n) -> new Conflict(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                    PartialDate.of(rs.getObject("start_date", LocalDate.class),
                            PartialDate.Precision.valueOf(rs.getString("date_precision"))),
                    rs.getString("place"), List.of()))
            .list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<Source>> claims = sources(heads.stream().map(Conflict::eventId).toArray(Long[]::new));
        return heads.stream()
            .map(c -> new Conflict(c.eventId(), c.slug(), c.title(), c.date(), c.place(),
                    claims.getOrDefault(c.eventId(), List.of())))
            .toList();
    }

    /** The claims of published stories about these events, oldest story first. */
    private Map<Long, List<Source>> sources(Long[] eventIds) {
        Map<Long, List<Source>> claims = new LinkedHashMap<>();
        jdbc.sql("""
                select ec.event_id, a.slug, a.headline, g.name as agency, ec.claimed_date, ec.claimed_place
                from event_claim ec join article a on a.id = ec.article_id left join agency g on g.id = a.agency_id
                where ec.event_id = any(?) and ec.status = 'PUBLISHED'
                order by ec.event_id, ec.published_at, ec.article_id""")
            .param(eventIds)
            .query((rs, n) -> claims.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                .add(new Source(rs.getString("slug"), rs.getString("headline"), rs.getString("agency"),
                        rs.getObject("claimed_date", LocalDate.class), rs.getString("claimed_place"))))
            .list();
        return claims;
    }

    /** The claims on one event, as the newsroom's settle form shows them. */
    @Transactional(readOnly = true)
    public List<Source> claimsOf(long eventId) {
        return sources(new Long[] { eventId }).getOrDefault(eventId, List.of());
    }

    /**
     * What an editor settled.
     *
     * @param claims the claims as they stood, in words
     */
    public record Settled(long eventId, String slug, String title, LocalDate date, String place, String claims) {
    }

    /**
     * Settles an event's conflict: its day becomes {@code date} (at day precision) and
     * its place {@code place}, each when given; the claims stay, and the settlement keeps
     * them in words. Empty when there is no such event.
     */
    @Transactional
    public Optional<Settled> settle(long eventId, LocalDate date, String place, String editor) {
        Optional<String[]> event = jdbc.sql("select slug, title from event where id = ? for update")
            .param(eventId)
            .query((rs, n) -> new String[] { rs.getString("slug"), rs.getString("title") })
            .optional();
        if (event.isEmpty()) {
            return Optional.empty();
        }
        String record = String.join(" · ", claimsOf(eventId).stream().map(EventClaims::inWords).toList());
        String chosenPlace = blank(place) ? null : place.strip();
        if (date != null || chosenPlace != null) {
            jdbc.sql("""
                    update event set start_date = coalesce(:date, start_date),
                        date_precision = case when :date is null then date_precision else 'DAY' end,
                        end_date = case when :date is null or end_date >= :date then end_date else null end,
                        place = coalesce(:place, place), updated_at = :now, version = version + 1
                    where id = :id""")
                .param("date", date, java.sql.Types.DATE)
                .param("place", chosenPlace, java.sql.Types.VARCHAR)
                .param("now", SqlTime.now(clock))
                .param("id", eventId)
                .update();
        }
        jdbc.sql("""
                insert into event_settlement (event_id, settled_by, settled_at, chosen_date, chosen_place, claims)
                values (?, ?, ?, ?, ?, ?)""")
            .params(eventId, editor, SqlTime.now(clock), date, chosenPlace, record.isEmpty() ? "(none)" : record)
            .update();
        events.publishEvent(new EventChanged(eventId, event.get()[0],
                jdbc.sql("select country_id from event_country where event_id = ?")
                    .param(eventId)
                    .query(Long.class)
                    .set(),
                jdbc.sql("select person_id from event_person where event_id = ?")
                    .param(eventId)
                    .query(Long.class)
                    .set()));
        return Optional.of(new Settled(eventId, event.get()[0], event.get()[1], date, chosenPlace, record));
    }

    /** "8 December 2025, Vientiane (KPL: Headline)". */
    static String inWords(Source claim) {
        List<String> what = new ArrayList<>();
        if (claim.date() != null) {
            what.add(claim.dateText());
        }
        if (claim.place() != null) {
            what.add(claim.place());
        }
        return String.join(", ", what) + " (" + (claim.agency() == null ? "" : claim.agency() + ": ") + claim.headline()
                + ")";
    }

    /**
     * The settlements of an event, the latest first: who chose what, and the claims as
     * they stood.
     */
    @Transactional(readOnly = true)
    public List<Settled> settlements(long eventId) {
        return jdbc.sql("""
                select s.event_id, e.slug, e.title, s.chosen_date, s.chosen_place, s.claims
                from event_settlement s join event e on e.id = s.event_id
                where s.event_id = ? order by s.settled_at desc, s.id desc""")
            .param(eventId)
            .query((rs, n) -> new Settled(rs.getLong("event_id"), rs.getString("slug"), rs.getString("title"),
                    rs.getObject("chosen_date", LocalDate.class), rs.getString("chosen_place"), rs.getString("claims")))
            .list();
    }

}
