package news.dateline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.event.EventClaims;
import news.dateline.person.PersonRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a story states at its date, from what the recognizer read in it: the role
 * it gives each person it is tagged with ({@link PersonRoles}) and the day and place it
 * gives each event it is tagged with ({@link EventClaims}). On import from the import's
 * own {@link Recognition}; on a newsroom save from the saved text, through the newsroom's
 * recognizer. Only the story's tags get facts: the editor's tagging decides who and what
 * the story is about.
 */
@Service
public class StoryFacts {

    private final PersonRoles roles;

    private final EventClaims claims;

    private final TextRecognition recognition;

    private final JdbcClient jdbc;

    StoryFacts(PersonRoles roles, EventClaims claims, TextRecognition recognition, JdbcClient jdbc) {
        this.roles = roles;
        this.claims = claims;
        this.recognition = recognition;
        this.jdbc = jdbc;
    }

    /**
     * The ids of what a recognition names: people by slug, or by {@link #newKey} for a
     * person the import has just added; countries by code; events by slug.
     */
    record Ids(Map<String, Long> people, Map<String, Long> countries, Map<String, Long> events) {
    }

    /** The key of a person by their name, for people found new in the story. */
    static String newKey(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return "new:" + plain.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** An imported story: its id, what the import's recognizer found, and their ids. */
    record Imported(long articleId, Recognition found, Ids ids) {
    }

    /**
     * The facts of stories just imported, from the import's recognition: one statement
     * per table for a whole batch, since the stories are new and have no facts to
     * replace.
     */
    void recordImported(List<Imported> stories) {
        Map<Long, List<PersonRoles.Stated>> stated = new LinkedHashMap<>();
        Map<Long, List<EventClaims.Claim>> claimed = new LinkedHashMap<>();
        for (Imported story : stories) {
            stated.put(story.articleId(), stated(story.found(), story.ids()));
            claimed.put(story.articleId(), claimed(story.found(), story.ids()));
        }
        roles.recordNew(stated);
        claims.recordNew(claimed);
    }

    /**
     * A story the newsroom saved: its text read again with the newsroom's recognizer, its
     * facts recorded for the people and events it is tagged with.
     * @param storyDate the story's own date, against which "on 8 December" is read
     */
    @Transactional
    public void recordSaved(long articleId, String text, LocalDate storyDate, Set<Long> people, Set<Long> events) {
        Recognition found = recognition.recognize(text, storyDate);
        Map<String, Long> personIds = new HashMap<>();
        if (!people.isEmpty() && !found.roles().isEmpty()) {
            jdbc.sql("select id, slug, name from person where id = any(?)")
                .param(people.toArray(Long[]::new))
                .query((rs, n) -> {
                    personIds.put(rs.getString("slug"), rs.getLong("id"));
                    personIds.putIfAbsent(newKey(rs.getString("name")), rs.getLong("id"));
                    return null;
                })
                .list();
        }
        Map<String, Long> eventIds = new HashMap<>();
        if (!events.isEmpty() && !found.claims().isEmpty()) {
            jdbc.sql("select id, slug from event where id = any(?)")
                .param(events.toArray(Long[]::new))
                .query((rs, n) -> eventIds.put(rs.getString("slug"), rs.getLong("id")))
                .list();
        }
        Map<String, Long> countryIds = new HashMap<>();
        List<String> codes = found.roles()
            .stream()
            .map(Recognition.RoleHit::countryCode)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
        if (!codes.isEmpty()) {
            jdbc.sql("select id, code from country where code = any(?)")
                .param(codes.toArray(String[]::new))
                .query((rs, n) -> countryIds.put(rs.getString("code"), rs.getLong("id")))
                .list();
        }
        record(articleId, found, new Ids(personIds, countryIds, eventIds));
    }

    private void record(long articleId, Recognition found, Ids ids) {
        roles.record(articleId, stated(found, ids));
        claims.record(articleId, claimed(found, ids));
    }

    /** The roles the story gives the people it is tagged with. */
    private static List<PersonRoles.Stated> stated(Recognition found, Ids ids) {
        List<PersonRoles.Stated> stated = new ArrayList<>();
        for (Recognition.RoleHit role : found.roles()) {
            Long person = role.slug() != null ? ids.people().get(role.slug()) : ids.people().get(newKey(role.name()));
            if (person != null) {
                stated.add(new PersonRoles.Stated(person, role.role(),
                        role.countryCode() == null ? null : ids.countries().get(role.countryCode())));
            }
        }
        return stated;
    }

    /** The days and places the story gives the events it is tagged with. */
    private static List<EventClaims.Claim> claimed(Recognition found, Ids ids) {
        List<EventClaims.Claim> claimed = new ArrayList<>();
        for (Recognition.ClaimHit claim : found.claims()) {
            Long event = ids.events().get(claim.slug());
            if (event != null) {
                claimed.add(new EventClaims.Claim(event, claim.date() == null ? null : claim.date().start(),
                        claim.place()));
            }
        }
        return claimed;
    }

}
