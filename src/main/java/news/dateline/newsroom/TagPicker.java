package news.dateline.newsroom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.dateline.article.ArticleDraft;
import news.dateline.article.RelatedNews;
import news.dateline.ingest.Recognition;
import news.dateline.ingest.TextRecognition;
import news.dateline.shared.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The story form's tags: the tick boxes (ticked, suggested from the text, found by name),
 * the ids behind ticked slugs and codes, and the slugs of people merged since the form
 * was filled, followed to the person kept. Reads only; creating people and events is
 * {@link NewTags}' job.
 */
@Service
public class TagPicker {

    private final JdbcClient jdbc;

    private final TextRecognition recognition;

    TagPicker(JdbcClient jdbc, TextRecognition recognition) {
        this.jdbc = jdbc;
        this.recognition = recognition;
    }

    /** The tick boxes of the form, by kind. */
    public record Choices(List<Choice> people, List<Choice> countries, List<Choice> events,
            List<EventCandidate> newEvents) {

        /**
         * The tags as the form holds them, labelled by their slugs: for when the database
         * cannot be asked for names.
         */
        public static Choices asTicked(StoryForm form) {
            return new Choices(form.tags().people().stream().distinct().map(TagPicker::ticked).toList(),
                    ticked(form.tags().countries()), ticked(form.tags().events()), List.of());
        }

        /**
         * Whether the recognizer suggested anything, ticked or not: "Accept all" and
         * "Dismiss all" then show.
         */
        public boolean hasSuggestions() {
            return java.util.stream.Stream.of(people, countries, events)
                .flatMap(List::stream)
                .anyMatch(Choice::suggested);
        }

        private static List<Choice> ticked(List<String> values) {
            return values.stream().distinct().map(v -> new Choice(v, v, true, false)).toList();
        }
    }

    private static Choice ticked(PersonTag tag) {
        return new Choice(tag.value(),
                tag instanceof PersonTag.Proposed proposed ? proposed.person().label() : tag.value(), true, false);
    }

    /**
     * A dated happening the text reports that is not in the graph: offered to fill the
     * "missing event" inputs in one click, never created on its own.
     *
     * @param date {@code 1995}, {@code 1995-05} or {@code 1995-05-08}, as the inputs take
     * it
     */
    public record EventCandidate(String title, String date, String when, String place) {

        /** The prefix of the action that copies a candidate into the new-event inputs. */
        public static final String ACTION = "candidate:";

        /** The value of its button: the action and the three inputs it fills. */
        public String action() {
            return ACTION
                    + String.join("|", title.replace("|", "/"), date, place == null ? "" : place.replace("|", "/"));
        }

        /** The new event a candidate's button value fills the inputs with. */
        public static StoryForm.NewEvent fromAction(String action) {
            String[] parts = action.substring(action.startsWith(ACTION) ? ACTION.length() : 0).split("\\|", -1);
            return new StoryForm.NewEvent(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
        }
    }

    /** The ids of the known tags ticked (new people and events aside). */
    public record Ids(Set<Long> people, Set<Long> countries, Set<Long> events) {
    }

    /**
     * What the recognizer's suggestions do to the tick boxes.
     */
    public enum Suggest {

        /** No suggestions: only what is ticked or found. */
        NONE,
        /** The recognizer's finds are offered, unticked. */
        OFFER,
        /**
         * The finds the recognizer is sure of (people, countries and events the portal
         * knows by name or alias) arrive ticked; new people it proposes are offered
         * unticked, since ticking one creates a person.
         */
        TICK_SURE

    }

    /**
     * Known and proposed people, countries and events: ticked when tagged, suggested from
     * the text, or found.
     */
    @Transactional(readOnly = true)
    public Choices choices(StoryForm form, boolean suggest) {
        return choices(form, suggest ? Suggest.OFFER : Suggest.NONE, Set.of());
    }

    /**
     * Known and proposed people, countries and events: ticked when tagged, suggested from
     * the text (ticked or not as {@code suggest} says), or found. A ticked tag the
     * recognizer also finds stays marked as suggested when {@code pending} (values as
     * {@link StoryForm.Tags#key}) says it was still a suggestion on the page posted:
     * "Dismiss all" can then untick it.
     */
    @Transactional(readOnly = true)
    public Choices choices(StoryForm form, Suggest suggest, Set<String> pending) {
        StoryForm.Tags tags = followMerges(form.tags());
        Map<String, Choice> people = new LinkedHashMap<>();
        Map<String, Choice> countries = new LinkedHashMap<>();
        Map<String, Choice> events = new LinkedHashMap<>();
        List<EventCandidate> candidates = new ArrayList<>();
        labels("person", "slug", "name", tags.knownPeople())
            .forEach((slug, name) -> people.put(slug, new Choice(slug, name, true, false)));
        tags.people()
            .stream()
            .filter(PersonTag.Proposed.class::isInstance)
            .forEach(tag -> people.put(tag.value(),
                    new Choice(tag.value(), ((PersonTag.Proposed) tag).person().label(), true, true)));
        labels("country", "code", "name", tags.countries())
            .forEach((code, name) -> countries.put(code, new Choice(code, name, true, false)));
        labels("event", "slug", "title", tags.events())
            .forEach((slug, title) -> events.put(slug, new Choice(slug, title, true, false)));
        if (suggest != Suggest.NONE) {
            boolean tick = suggest == Suggest.TICK_SURE;
            LocalDate date = StoryFormMapper.date(form.story().publishedDate()).orElse(null);
            Recognition found = recognition.recognize(text(form.story()), date);
            for (Recognition.PersonHit hit : found.people()) {
                PersonTag tag = hit.isNew()
                        ? new PersonTag.Proposed(new NewPerson(hit.name(), hit.role(), hit.countryCode()))
                        : new PersonTag.Known(hit.slug());
                suggestion(people, "people", pending,
                        new Choice(tag.value(),
                                tag instanceof PersonTag.Proposed proposed ? proposed.person().label() : hit.name(),
                                tick && !hit.isNew(), true));
            }
            Map<String, String> countryNames = labels("country", "code", "name", found.countryCodes());
            for (String code : found.countryCodes()) {
                suggestion(countries, "countries", pending,
                        new Choice(code, countryNames.getOrDefault(code, code), tick, true));
            }
            for (Recognition.EventHit hit : found.events()) {
                if (!hit.isNew()) {
                    suggestion(events, "events", pending,
                            new Choice(hit.slug(), hit.title() + " (" + hit.date().display() + ")", tick, true));
                }
                else if (hit.date() != null) { // an event needs its date: none without
                                               // the story's
                    candidates
                        .add(new EventCandidate(hit.title(), hit.date().toString(), hit.date().display(), hit.place()));
                }
            }
        }
        if (form.hasNewPerson()) {
            namesakes(form.newPerson().name()).forEach(c -> people.putIfAbsent(c.value(), c));
        }
        if (!form.find().isBlank()) {
            String like = Like.anywhere(form.find());
            jdbc.sql(
                    """
                            select p.slug, p.name from person p where dl_fold(p.name) like dl_fold(:like)
                               or exists (select 1 from person_alias a where a.person_id = p.id and dl_fold(a.alias) like dl_fold(:like))
                            order by p.name limit 10""")
                .param("like", like)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false))
                .list()
                .forEach(c -> people.putIfAbsent(c.value(), c));
            jdbc.sql(
                    """
                            select c.code, c.name from country c where dl_fold(c.name) like dl_fold(:like)
                               or exists (select 1 from country_alias a where a.country_id = c.id and dl_fold(a.alias) like dl_fold(:like))
                            order by c.name limit 10""")
                .param("like", like)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false))
                .list()
                .forEach(c -> countries.putIfAbsent(c.value(), c));
            jdbc.sql("""
                    select e.slug, e.title from event e where dl_fold(e.title) like dl_fold(:like)
                       or exists (select 1 from event_phrase p where p.event_id = e.id and p.kind = 'ALIAS'
                                  and dl_fold(p.phrase) like dl_fold(:like))
                    order by e.start_date desc limit 10""")
                .param("like", like)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false))
                .list()
                .forEach(c -> events.putIfAbsent(c.value(), c));
        }
        return new Choices(List.copyOf(people.values()), List.copyOf(countries.values()), List.copyOf(events.values()),
                List.copyOf(candidates));
    }

    /**
     * Adds a suggestion: a new box, or the mark on a box ticked while it was still a
     * suggestion.
     */
    private static void suggestion(Map<String, Choice> choices, String kind, Set<String> pending, Choice found) {
        Choice ticked = choices.get(found.value());
        if (ticked == null) {
            choices.put(found.value(), found);
        }
        else if (pending.contains(StoryForm.Tags.key(kind, found.value()))) {
            choices.put(found.value(), new Choice(ticked.value(), ticked.label(), ticked.checked(), true));
        }
    }

    /**
     * The tags with the slugs of people merged since the form was filled replaced by the
     * slug of the person they were merged into, so that a story open during a merge keeps
     * its tags.
     */
    @Transactional(readOnly = true)
    public StoryForm.Tags followMerges(StoryForm.Tags tags) {
        List<String> known = tags.knownPeople();
        if (known.isEmpty()) {
            return tags;
        }
        Map<String, String> moved = new LinkedHashMap<>();
        jdbc.sql(
                "select r.old_slug, p.slug from person_slug_redirect r join person p on p.id = r.person_id where r.old_slug = any(?)")
            .param(known.toArray(String[]::new))
            .query(rs -> {
                moved.put(rs.getString(1), rs.getString(2));
            });
        if (moved.isEmpty()) {
            return tags;
        }
        return tags.withPeople(tags.people()
            .stream()
            .map(tag -> tag instanceof PersonTag.Known k && moved.containsKey(k.slug())
                    ? new PersonTag.Known(moved.get(k.slug())) : tag)
            .distinct()
            .toList());
    }

    /**
     * The ids of the known people, countries and events ticked (merges followed by the
     * caller).
     */
    @Transactional(readOnly = true)
    public Ids ids(StoryForm.Tags tags) {
        return new Ids(new LinkedHashSet<>(ids("person", "slug", tags.knownPeople())),
                new LinkedHashSet<>(ids("country", "code", tags.countries())),
                new LinkedHashSet<>(ids("event", "slug", tags.events())));
    }

    /**
     * The ticked people, countries and events that exist already, by id: what a preview's
     * related news needs.
     */
    @Transactional(readOnly = true)
    public RelatedNews.Tags related(StoryForm form) {
        StoryForm.Tags tags = followMerges(form.tags());
        return new RelatedNews.Tags(once(ids("person", "slug", tags.knownPeople())),
                once(ids("country", "code", tags.countries())),
                new LinkedHashSet<>(ids("event", "slug", tags.events())));
    }

    /** The tags of a stored story, as the form ticks them. */
    @Transactional(readOnly = true)
    public StoryForm.Tags of(ArticleDraft draft) {
        return new StoryForm.Tags(
                slugs("person", "slug", draft.people()).stream().<PersonTag>map(PersonTag.Known::new).toList(),
                slugs("country", "code", draft.countries()), slugs("event", "slug", draft.events()));
    }

    /** The countries a new person can belong to, by name. */
    @Transactional(readOnly = true)
    public List<Choice> countryOptions() {
        return jdbc.sql("select code, name from country order by name")
            .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, false))
            .list();
    }

    /** The country with this code, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Long> country(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : ids("country", "code", List.of(code)).stream().findFirst();
    }

    /**
     * The people already known by this name or alias, ignoring case and accents, offered
     * to tick.
     */
    @Transactional(readOnly = true)
    public List<Choice> namesakes(String name) {
        return jdbc
            .sql("""
                    select p.slug, p.name from person p where dl_fold(p.name) = dl_fold(:name)
                       or exists (select 1 from person_alias a where a.person_id = p.id and dl_fold(a.alias) = dl_fold(:name))
                    order by p.name limit 5""")
            .param("name", name.strip())
            .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), false, true))
            .list();
    }

    /** The id of a person already known by this name or alias, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> knownPerson(String name) {
        return ids("person", "slug", namesakes(name).stream().map(Choice::value).toList()).stream().findFirst();
    }

    private static Map<Long, Integer> once(List<Long> ids) {
        Map<Long, Integer> mentions = new LinkedHashMap<>();
        ids.forEach(id -> mentions.put(id, 1));
        return mentions;
    }

    private static String text(StoryForm.Story story) {
        return String.join("\n\n", story.headline(), story.standfirst(), story.body());
    }

    private List<String> slugs(String table, String column, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + column + " from " + table + " where id = any(?) order by " + column)
            .param(ids.toArray(Long[]::new))
            .query(String.class)
            .list();
    }

    private Map<String, String> labels(String table, String column, String label, List<String> keys) {
        Map<String, String> result = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        jdbc.sql("select " + column + ", " + label + " from " + table + " where " + column + " = any(?)")
            .param(keys.toArray(String[]::new))
            .query(rs -> {
                result.put(rs.getString(1), rs.getString(2));
            });
        Map<String, String> ordered = new LinkedHashMap<>();
        keys.forEach(k -> {
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
        return jdbc.sql("select id from " + table + " where " + column + " = any(?)")
            .param(keys.toArray(String[]::new))
            .query(Long.class)
            .list();
    }

}
