package news.dateline.newsroom;

import static news.dateline.newsroom.FormText.blankToNull;
import static news.dateline.newsroom.FormText.nullToEmpty;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.dateline.event.Events;
import news.dateline.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's list and form of events, dated at the precision the copy gives: checks
 * the form and the version it was filled from, writes through {@link Events} and records
 * the audit log.
 */
@Service
public class EventsAdmin {

    public static final int LIST_LIMIT = 500;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Events events;

    EventsAdmin(JdbcClient jdbc, AuditLog audit, Events events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /**
     * A row of the list: the date as readers see it, the stories that tag the event
     * (drafts too).
     */
    public record EventRow(String slug, String title, String date, String place, long stories) {
    }

    /** The latest events first. */
    @Transactional(readOnly = true)
    public List<EventRow> list() {
        return jdbc.sql("""
                select e.slug, e.title, e.start_date, e.date_precision, e.place,
                       (select count(*) from article_event ae join article a on a.id = ae.article_id
                         where ae.event_id = e.id and a.status <> 'DELETED') as stories
                from event e order by e.start_date desc, e.id desc limit ?""")
            .param(LIST_LIMIT)
            .query((rs, n) -> new EventRow(rs.getString("slug"), rs.getString("title"),
                    PartialDate
                        .of(rs.getObject("start_date", LocalDate.class),
                                PartialDate.Precision.valueOf(rs.getString("date_precision")))
                        .display(),
                    rs.getString("place"), rs.getLong("stories")))
            .list();
    }

    /**
     * The form filled from the event as stored: the date at its precision, codes and
     * slugs comma-separated.
     */
    @Transactional(readOnly = true)
    public Optional<EventForm> form(String slug) {
        return jdbc
            .sql("""
                    select e.title, e.kind, e.summary, e.start_date, e.date_precision, e.end_date, e.place, e.version,
                           (select string_agg(c.code, ', ' order by c.code) from event_country ec join country c on c.id = ec.country_id
                             where ec.event_id = e.id) as countries,
                           (select string_agg(p.slug, ', ' order by p.slug) from event_person ep join person p on p.id = ep.person_id
                             where ep.event_id = e.id) as people
                    from event e where e.slug = ?""")
            .param(slug)
            .query((rs, n) -> {
                LocalDate end = rs.getObject("end_date", LocalDate.class);
                return new EventForm(rs.getString("title"), rs.getString("kind"), nullToEmpty(rs.getString("summary")),
                        PartialDate
                            .of(rs.getObject("start_date", LocalDate.class),
                                    PartialDate.Precision.valueOf(rs.getString("date_precision")))
                            .toString(),
                        end == null ? "" : end.toString(), nullToEmpty(rs.getString("place")),
                        nullToEmpty(rs.getString("countries")), nullToEmpty(rs.getString("people")),
                        String.valueOf(rs.getInt("version")));
            })
            .optional();
    }

    /** The kinds already in use, for the form's suggestions. */
    @Transactional(readOnly = true)
    public List<String> kinds() {
        return jdbc.sql("select distinct kind from event order by kind").query(String.class).list();
    }

    /**
     * Creates the event ({@code slug} null) or changes it; a new event's slug comes from
     * the title and year, and stays when the title changes. Writes nothing when something
     * is wrong.
     * @return the event's slug, or null with what is wrong in {@code errors}
     */
    @Transactional
    public String save(String slug, EventForm form, String actor, Map<String, String> errors) {
        PartialDate date = null;
        if (!errors.containsKey("date")) {
            date = PartialDate.fromEditor(form.date()).orElse(null);
            if (date == null) {
                errors.put("date", "There is no such date: write it as 1995, 1995-05 or 1995-05-08, a year from "
                        + PartialDate.FIRST_YEAR + " to " + PartialDate.LAST_YEAR + ".");
            }
        }
        LocalDate end = null;
        if (blankToNull(form.endDate()) != null && !errors.containsKey("endDate")) {
            try {
                end = LocalDate.parse(form.endDate().strip());
                if (date != null && end.isBefore(date.start())) {
                    errors.put("endDate", "The end date is before the event's start.");
                }
            }
            catch (DateTimeException e) {
                errors.put("endDate", "There is no such date: write it as 1995-05-10.");
            }
        }
        List<String> codes = FormText.items(form.countries())
            .stream()
            .map(c -> c.toUpperCase(Locale.ROOT))
            .distinct()
            .toList();
        Map<String, Long> countries = ids("select code, id from country where code = any(?)", codes);
        List<String> unknownCountries = codes.stream().filter(c -> !countries.containsKey(c)).toList();
        if (!unknownCountries.isEmpty() && !errors.containsKey("countries")) {
            errors.put("countries", "No country has the code " + String.join(", ", unknownCountries) + ".");
        }
        List<String> slugs = FormText.items(form.people());
        Map<String, Long> people = ids("select slug, id from person where slug = any(?)", slugs);
        List<String> unknownPeople = slugs.stream().filter(s -> !people.containsKey(s)).toList();
        if (!unknownPeople.isEmpty() && !errors.containsKey("people")) {
            errors.put("people", "No person has the slug " + String.join(", ", unknownPeople) + ".");
        }
        Stored stored = slug == null ? null
                : jdbc.sql("select id, version from event where slug = ? for update")
                    .param(slug)
                    .query((rs, n) -> new Stored(rs.getLong("id"), rs.getInt("version")))
                    .optional()
                    .orElse(null);
        if (slug != null && stored == null) {
            errors.put("title", "This event was removed meanwhile: nothing was saved.");
        }
        else if (stored != null && stored.changedSince(form.version())) {
            errors.put("version", "Someone else saved this event while you were editing: their version is shown here. "
                    + "Yours is below, not saved yet: press Save again to replace theirs with it.");
        }
        Long id = stored == null ? null : stored.id();
        if (!errors.isEmpty()) {
            return null;
        }
        String title = form.title().strip();
        boolean created = id == null;
        Events.Details details = new Events.Details(title, form.kind().strip(), blankToNull(form.summary()), date, end,
                blankToNull(form.place()));
        if (created) {
            Events.Added added = events.add(details, countries.values(), people.values());
            id = added.id();
            slug = added.slug();
        }
        else {
            events.edit(id, details, countries.values(), people.values());
        }
        audit.record(actor, created ? "CREATED" : "EDITED", "EVENT", id, title + " (" + date + ") /events/" + slug);
        return slug;
    }

    /** The ids of the keys that exist, by key. */
    private Map<String, Long> ids(String sql, List<String> keys) {
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql(sql).param(keys.toArray(String[]::new)).query(rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            });
        }
        return ids;
    }

}
