package news.dateline.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.shared.Like;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleStatus;
import news.dateline.article.RelatedNews;
import news.dateline.shared.PartialDate;
import news.dateline.ingest.Recognition;
import news.dateline.ingest.TextRecognition;
import news.dateline.ingest.UnreadableStoryException;
import news.dateline.ingest.WireStory;
import news.dateline.event.Events;
import news.dateline.person.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Between the story form and an article draft: parsing, checking, suggesting, finding. */
@Service
public class StoryForms {

    private final JdbcClient jdbc;
    private final TextRecognition recognition;
    private final People people;
    private final Events events;
    private final AuditLog audit;
    private final Clock clock;

    StoryForms(JdbcClient jdbc, TextRecognition recognition, People people, Events events, AuditLog audit,
               Clock clock) {
        this.jdbc = jdbc;
        this.recognition = recognition;
        this.people = people;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tick boxes of the form, by kind. */
    public record Choices(List<Choice> people, List<Choice> countries, List<Choice> events, List<EventCandidate> newEvents) {

        /** The tags as the form holds them, labelled by their slugs: for when the database cannot be asked for names. */
        public static Choices asTicked(StoryForm form) {
            return new Choices(ticked(form.people()), ticked(form.countries()), ticked(form.events()), List.of());
        }

        private static List<Choice> ticked(List<String> values) {
            return values.stream().distinct()
                    .map(v -> new Choice(v, v.startsWith("new:") ? newPersonLabel(v) : v, true, false)).toList();
        }
    }

    /**
     * A dated happening the text reports that is not in the graph: offered to fill the "missing event"
     * inputs in one click, never created on its own.
     *
     * @param date {@code 1995}, {@code 1995-05} or {@code 1995-05-08}, as the inputs take it
     */
    public record EventCandidate(String title, String date, String when, String place) {

        /** The value of its button: the action and the three inputs it fills. */
        public String action() {
            return CANDIDATE + String.join("|", title.replace("|", "/"), date, place == null ? "" : place.replace("|", "/"));
        }
    }

    /** The prefix of the action that copies an {@link EventCandidate} into the new-event inputs. */
    public static final String CANDIDATE = "candidate:";

    /** The form with the new-event inputs filled from a candidate's action value. */
    public static StoryForm withCandidate(StoryForm form, String action) {
        String[] parts = action.substring(CANDIDATE.length()).split("\\|", -1);
        return form.withNewEvent(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }

    public StoryForm blank() {
        return StoryForm.empty(LocalDate.now(clock).toString(), "+00:00");
    }

    @Transactional(readOnly = true)
    public StoryForm fromDraft(ArticleDraft draft) {
        ZoneOffset zone = draft.publishedOffset() == null ? ZoneOffset.UTC : ZoneOffset.of(draft.publishedOffset());
        OffsetDateTime at = draft.publishedAt().atOffset(zone);
        List<String> personSlugs = slugs("person", "slug", draft.people());
        List<String> countryCodes = slugs("country", "code", draft.countries());
        List<String> eventSlugs = slugs("event", "slug", draft.events());
        return new StoryForm(String.valueOf(draft.id()), String.valueOf(draft.expectedVersion()), draft.headline(),
                nullToEmpty(draft.standfirst()), draft.body(), nullToEmpty(draft.agencyName()), nullToEmpty(draft.dateline()),
                draft.slug(), at.toLocalDate().toString(),
                draft.publishedWithTime() ? at.toLocalTime().toString().substring(0, 5) : "",
                draft.publishedOffset() == null ? "+00:00" : zone.getId().replace("Z", "+00:00"),
                draft.status().name(), nullToEmpty(draft.language()), personSlugs, countryCodes, eventSlugs,
                "", "", "", "", "", "", "", "", null);
    }

    /** Fills the form from a pasted wire story, through the import's parser. */
    public StoryForm paste(StoryForm form, Map<String, String> errors) {
        if (form.wire() == null || form.wire().isBlank()) {
            errors.put("wire", "Paste the wire story's text first.");
            return form;
        }
        try {
            WireStory story = recognition.parse(form.wire());
            String date = story.published() == null ? form.publishedDate() : story.published().date().toString();
            String time = story.published() == null || !story.published().hasTime() ? ""
                    : story.published().time().toString().substring(0, 5);
            String zone = story.published() == null || !story.published().hasTime() ? form.zone()
                    : story.published().offset().getId().replace("Z", "+00:00");
            if (story.published() == null) {
                errors.put("publishedDate", "The wire story gives no date: set it yourself.");
            }
            return form.withText(story.headline(), TextRecognition.markdown(story.paragraphs()), nullToEmpty(story.source()),
                    nullToEmpty(story.dateline()), date, time, zone, story.language() == null ? "en" : story.language());
        } catch (UnreadableStoryException e) {
            errors.put("wire", "That is not a wire story we can read: " + e.getMessage() + ".");
            return form;
        }
    }

    /** Known and proposed people, countries and events: ticked when tagged, suggested from the text, or found. */
    @Transactional(readOnly = true)
    public Choices choices(StoryForm form, boolean suggest) {
        form = followMerges(form);
        Map<String, Choice> people = new LinkedHashMap<>();
        Map<String, Choice> countries = new LinkedHashMap<>();
        Map<String, Choice> events = new LinkedHashMap<>();
        List<EventCandidate> candidates = new ArrayList<>();
        labels("person", "slug", "name", form.people()).forEach((slug, name) -> people.put(slug, new Choice(slug, name, true, false)));
        form.people().stream().filter(v -> v.startsWith("new:"))
                .forEach(v -> people.put(v, new Choice(v, newPersonLabel(v), true, true)));
        labels("country", "code", "name", form.countries()).forEach((code, name) -> countries.put(code, new Choice(code, name, true, false)));
        labels("event", "slug", "title", form.events()).forEach((slug, title) -> events.put(slug, new Choice(slug, title, true, false)));
        if (suggest) {
            LocalDate date = parseDate(form.publishedDate());
            Recognition found = recognition.recognize(text(form), date);
            for (Recognition.PersonHit hit : found.people()) {
                String value = hit.isNew() ? "new:" + hit.name() + "|" + nullToEmpty(hit.role()) + "|" + nullToEmpty(hit.countryCode())
                        : hit.slug();
                people.putIfAbsent(value, new Choice(value, hit.isNew() ? newPersonLabel(value) : hit.name(), false, true));
            }
            Map<String, String> countryNames = labels("country", "code", "name", found.countryCodes());
            for (String code : found.countryCodes()) {
                countries.putIfAbsent(code, new Choice(code, countryNames.getOrDefault(code, code), false, true));
            }
            for (Recognition.EventHit hit : found.events()) {
                if (!hit.isNew()) {
                    events.putIfAbsent(hit.slug(), new Choice(hit.slug(), hit.title() + " (" + hit.date().display() + ")", false, true));
                } else {
                    candidates.add(new EventCandidate(hit.title(), hit.date().toString(), hit.date().display(), hit.place()));
                }
            }
        }
        if (form.hasNewPerson()) {
            namesakes(form.newPersonName()).forEach(c -> people.putIfAbsent(c.value(), c));
        }
        if (form.find() != null && !form.find().isBlank()) {
            String like = Like.anywhere(form.find());
            jdbc.sql("""
                            select p.slug, p.name from person p where dl_fold(p.name) like dl_fold(:like)
                               or exists (select 1 from person_alias a where a.person_id = p.id and dl_fold(a.alias) like dl_fold(:like))
                            order by p.name limit 10""")
                    .param("like", like).query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false)).list()
                    .forEach(c -> people.putIfAbsent(c.value(), c));
            jdbc.sql("""
                            select c.code, c.name from country c where dl_fold(c.name) like dl_fold(:like)
                               or exists (select 1 from country_alias a where a.country_id = c.id and dl_fold(a.alias) like dl_fold(:like))
                            order by c.name limit 10""")
                    .param("like", like).query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false)).list()
                    .forEach(c -> countries.putIfAbsent(c.value(), c));
            jdbc.sql("""
                            select e.slug, e.title from event e where dl_fold(e.title) like dl_fold(:like)
                               or exists (select 1 from event_phrase p where p.event_id = e.id and p.kind = 'ALIAS'
                                          and dl_fold(p.phrase) like dl_fold(:like))
                            order by e.start_date desc limit 10""")
                    .param("like", like).query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false)).list()
                    .forEach(c -> events.putIfAbsent(c.value(), c));
        }
        return new Choices(List.copyOf(people.values()), List.copyOf(countries.values()), List.copyOf(events.values()),
                List.copyOf(candidates));
    }

    /**
     * The draft to save, or errors by field name. Creates the new people and the new event the
     * form asks for only when everything else is right.
     */
    @Transactional
    public ArticleDraft toDraft(StoryForm form, String editor, Map<String, String> errors) {
        return check(followMerges(form), editor, errors);
    }

    /** Checks every field; when all is right, creates the new people and event (audited under {@code editor}). */
    private ArticleDraft check(StoryForm form, String editor, Map<String, String> errors) {
        LocalDate date = parseDate(form.publishedDate());
        if (date == null && !errors.containsKey("publishedDate")) {
            errors.put("publishedDate", "Write the date as 2025-12-31.");
        } else if (date != null && (date.getYear() < 1900 || date.getYear() > PartialDate.LAST_YEAR)) {
            errors.put("publishedDate", "A story is published between 1900 and " + PartialDate.LAST_YEAR + ".");
            date = null;
        }
        LocalTime time = null;
        if (form.publishedTime() != null && !form.publishedTime().isBlank()) {
            try {
                time = LocalTime.parse(form.publishedTime().strip());
            } catch (DateTimeParseException e) {
                errors.put("publishedTime", "Write the time as 14:30.");
            }
        }
        ZoneOffset zone = ZoneOffset.UTC;
        try {
            if (form.zone() != null && !form.zone().isBlank()) {
                zone = ZoneOffset.of(form.zone());
            }
        } catch (java.time.DateTimeException e) {
            errors.putIfAbsent("zone", "Choose a time zone.");
        }
        ArticleStatus status = switch (nullToEmpty(form.status())) {
            case "SCHEDULED" -> ArticleStatus.SCHEDULED;
            case "PUBLISHED" -> ArticleStatus.PUBLISHED;
            default -> ArticleStatus.DRAFT;
        };
        Instant publishedAt = null;
        if (date != null) {
            publishedAt = time == null ? date.atStartOfDay().toInstant(ZoneOffset.UTC) : OffsetDateTime.of(date, time, zone).toInstant();
            Instant now = clock.instant();
            if (status == ArticleStatus.SCHEDULED && !publishedAt.isAfter(now)) {
                errors.put("status", "A scheduled story needs a publication time in the future.");
            }
            if (status == ArticleStatus.PUBLISHED && publishedAt.isAfter(now)) {
                errors.put("status", "That time is in the future: choose “Scheduled” to publish it then.");
            }
        }
        if ((form.newEventTitle() != null && !form.newEventTitle().isBlank()) != (form.newEventDate() != null && !form.newEventDate().isBlank())) {
            errors.put("newEventTitle", "A new event needs both a title and a date.");
        } else if (form.newEventDate() != null && !form.newEventDate().isBlank() && !errors.containsKey("newEventDate")
                && PartialDate.fromEditor(form.newEventDate()).isEmpty()) {
            errors.put("newEventDate", "There is no such date: write it as 1995, 1995-05 or 1995-05-08, a year from "
                    + PartialDate.FIRST_YEAR + " to " + PartialDate.LAST_YEAR + ".");
        }
        boolean createPerson = form.hasNewPerson();
        if (createPerson && !errors.containsKey("newPersonName")) {
            List<Choice> known = namesakes(form.newPersonName());
            // Ticking the person already known is the answer to the message below: tag them, create no one.
            createPerson = known.stream().noneMatch(c -> form.people().contains(c.value()));
            if (createPerson && !known.isEmpty()) {
                errors.put("newPersonName", "“" + form.newPersonName().strip() + "” is already known as "
                        + String.join(", ", known.stream().map(c -> c.label() + " (" + c.value() + ")").toList())
                        + ": tick them under People to tag them instead. A namesake can be added under People in the menu.");
            }
        }
        if (form.newPersonCountry() != null && !form.newPersonCountry().isBlank() && !errors.containsKey("newPersonCountry")
                && ids("country", "code", List.of(form.newPersonCountry())).isEmpty()) {
            errors.put("newPersonCountry", "Choose the person's country from the list.");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Set<Long> personIds = new LinkedHashSet<>(ids("person", "slug", form.people().stream().filter(v -> !v.startsWith("new:")).toList()));
        for (String value : form.people()) {
            if (value.startsWith("new:")) {
                String[] parts = value.substring(4).split("\\|", -1);
                if (!parts[0].isBlank()) {
                    // Suggested as new when the form was filled; someone may have added them since.
                    List<Long> known = ids("person", "slug", namesakes(parts[0]).stream().map(Choice::value).toList());
                    if (!known.isEmpty()) {
                        personIds.add(known.getFirst());
                        continue;
                    }
                    Long country = parts.length > 2 && !parts[2].isBlank() ? ids("country", "code", List.of(parts[2])).stream().findFirst().orElse(null) : null;
                    personIds.add(createPerson(editor, parts[0].strip(), parts.length > 1 && !parts[1].isBlank() ? parts[1] : null, country));
                }
            }
        }
        if (createPerson) {
            Long country = form.newPersonCountry() == null || form.newPersonCountry().isBlank() ? null
                    : ids("country", "code", List.of(form.newPersonCountry())).getFirst();
            personIds.add(createPerson(editor, form.newPersonName().strip(),
                    form.newPersonRole() == null || form.newPersonRole().isBlank() ? null : form.newPersonRole().strip(), country));
        }
        Set<Long> countryIds = new LinkedHashSet<>(ids("country", "code", form.countries()));
        Set<Long> eventIds = new LinkedHashSet<>(ids("event", "slug", form.events()));
        if (form.newEventTitle() != null && !form.newEventTitle().isBlank()) {
            long event = createEvent(form, countryIds, personIds);
            audit.record(editor, "CREATED", "EVENT", event, form.newEventTitle().strip() + " (from the story form)");
            eventIds.add(event);
        }
        return new ArticleDraft(form.isNew() ? null : Long.valueOf(form.id()),
                form.version() == null || form.version().isBlank() ? null : Integer.valueOf(form.version()),
                form.slug() == null || form.slug().isBlank() ? null : form.slug(), form.headline().strip(),
                form.standfirst(), form.body(), form.source(), form.dateline(),
                form.language() == null || form.language().isBlank() ? "en" : form.language(), publishedAt, time != null,
                time != null ? zone.getId().replace("Z", "+00:00") : null, status, personIds, countryIds, eventIds);
    }

    private long createPerson(String editor, String name, String role, Long country) {
        long id = people.add(name, role, country, List.of()).id();
        audit.record(editor, "CREATED", "PERSON", id, name + " (from the story form)");
        return id;
    }

    private long createEvent(StoryForm form, Set<Long> countries, Set<Long> peopleIds) {
        PartialDate date = PartialDate.fromEditor(form.newEventDate()).orElseThrow();
        String place = form.newEventPlace() == null || form.newEventPlace().isBlank() ? null : form.newEventPlace().strip();
        return events.add(new Events.Details(form.newEventTitle().strip(), "event", null, date, null, place), countries, peopleIds).id();
    }

    /**
     * The form with the slugs of people merged since it was filled replaced by the slug of the person
     * they were merged into, so that a story open during a merge keeps its tags.
     */
    private StoryForm followMerges(StoryForm form) {
        List<String> known = form.people().stream().filter(v -> !v.startsWith("new:")).toList();
        if (known.isEmpty()) {
            return form;
        }
        Map<String, String> moved = new LinkedHashMap<>();
        jdbc.sql("select r.old_slug, p.slug from person_slug_redirect r join person p on p.id = r.person_id where r.old_slug = any(?)")
                .param(known.toArray(String[]::new))
                .query(rs -> {
                    moved.put(rs.getString(1), rs.getString(2));
                });
        if (moved.isEmpty()) {
            return form;
        }
        return form.withPeople(form.people().stream().map(v -> moved.getOrDefault(v, v)).distinct().toList());
    }

    /** The ticked people, countries and events that exist already, by id: what a preview's related news needs. */
    @Transactional(readOnly = true)
    public RelatedNews.Tags tags(StoryForm form) {
        StoryForm followed = followMerges(form);
        List<String> people = followed.people().stream().filter(v -> !v.startsWith("new:")).toList();
        return new RelatedNews.Tags(once(ids("person", "slug", people)), once(ids("country", "code", followed.countries())),
                new LinkedHashSet<>(ids("event", "slug", followed.events())));
    }

    private static Map<Long, Integer> once(List<Long> ids) {
        Map<Long, Integer> mentions = new LinkedHashMap<>();
        ids.forEach(id -> mentions.put(id, 1));
        return mentions;
    }

    /** The countries a new person can belong to, by name. */
    @Transactional(readOnly = true)
    public List<Choice> countryOptions() {
        return jdbc.sql("select code, name from country order by name")
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false)).list();
    }

    /** The people already known by this name or alias, ignoring case and accents, offered to tick. */
    private List<Choice> namesakes(String name) {
        return jdbc.sql("""
                        select p.slug, p.name from person p where dl_fold(p.name) = dl_fold(:name)
                           or exists (select 1 from person_alias a where a.person_id = p.id and dl_fold(a.alias) = dl_fold(:name))
                        order by p.name limit 5""")
                .param("name", name.strip()).query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, true)).list();
    }

    private static String text(StoryForm form) {
        return String.join("\n\n", nullToEmpty(form.headline()), nullToEmpty(form.standfirst()), nullToEmpty(form.body()));
    }

    static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String newPersonLabel(String value) {
        String[] parts = value.substring(4).split("\\|", -1);
        return parts[0] + (parts.length > 1 && !parts[1].isBlank() ? " (new: " + parts[1] + ")" : " (new)");
    }

    private List<String> slugs(String table, String column, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + column + " from " + table + " where id = any(?) order by " + column)
                .param(ids.toArray(Long[]::new)).query(String.class).list();
    }

    private Map<String, String> labels(String table, String column, String label, List<String> keys) {
        Map<String, String> result = new LinkedHashMap<>();
        List<String> known = keys.stream().filter(k -> !k.startsWith("new:")).toList();
        if (known.isEmpty()) {
            return result;
        }
        jdbc.sql("select " + column + ", " + label + " from " + table + " where " + column + " = any(?)")
                .param(known.toArray(String[]::new))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                });
        Map<String, String> ordered = new LinkedHashMap<>();
        known.forEach(k -> {
            if (result.containsKey(k)) {
                ordered.put(k, result.get(k));
            }
        });
        return ordered;
    }

    private List<Long> ids(String table, String column, List<String> keys) {
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        return jdbc.sql("select id from " + table + " where " + column + " = any(?)").param(keys.toArray(String[]::new))
                .query(Long.class).list();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
