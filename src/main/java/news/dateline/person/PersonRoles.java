package news.dateline.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles as facts in time: the one writer of {@code person_role}, the role each story
 * gives each person it names ("Foreign Minister Jeyhun Bayramov"), dated by the story.
 * From and to are as far as the stories tell: the first and the last published story
 * stating the role. A story's roles are written again whenever it is saved or imported.
 */
@Service
public class PersonRoles {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    PersonRoles(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * A role a story states.
     *
     * @param role as the story writes it ("Deputy Foreign Minister")
     * @param countryId the country the story gives the role, or null
     */
    public record Stated(long personId, String role, Long countryId) {
    }

    /**
     * Replaces the roles the story states (its time and status come from the story, and
     * follow it).
     */
    @Transactional
    public void record(long articleId, List<Stated> roles) {
        Set<Long> touched = new HashSet<>(jdbc.sql("delete from person_role where article_id = ? returning person_id")
            .param(articleId)
            .query(Long.class)
            .list());
        for (Stated stated : roles) {
            String role = stated.role().strip();
            if (role.isEmpty()) {
                continue;
            }
            jdbc.sql("""
                    insert into person_role (article_id, person_id, role, country_id) values (?, ?, ?, ?)
                    on conflict (article_id, person_id) do nothing""")
                .params(articleId, stated.personId(), capitalised(role.length() > 300 ? role.substring(0, 300) : role),
                        stated.countryId())
                .update();
            touched.add(stated.personId());
        }
        if (!touched.isEmpty()) {
            events.publishEvent(new RolesRecorded(touched));
        }
    }

    /**
     * The roles stories saved just now state, by story: what {@link #record} writes for
     * each, for a whole import batch in one statement (new stories have no roles to
     * replace) and one {@link RolesRecorded} for all.
     */
    @Transactional
    public void recordNew(Map<Long, List<Stated>> rolesByArticle) {
        Set<Long> touched = new HashSet<>();
        StringBuilder sql = new StringBuilder(
                "insert into person_role (article_id, person_id, role, country_id) values");
        List<Object> params = new ArrayList<>();
        rolesByArticle.forEach((articleId, roles) -> {
            for (Stated stated : roles) {
                String role = stated.role().strip();
                if (role.isEmpty()) {
                    continue;
                }
                sql.append(params.isEmpty() ? " " : ", ").append("(?, ?, ?, ?)");
                params.addAll(Arrays.asList(articleId, stated.personId(),
                        capitalised(role.length() > 300 ? role.substring(0, 300) : role), stated.countryId()));
                touched.add(stated.personId());
            }
        });
        if (params.isEmpty()) {
            return;
        }
        jdbc.sql(sql.append(" on conflict (article_id, person_id) do nothing").toString()).params(params).update();
        events.publishEvent(new RolesRecorded(touched));
    }

    /**
     * A role with its country as a reader reads it: "Foreign Minister of Azerbaijan",
     * "Ambassador of Laos to Vietnam", or the role alone when it names its country
     * already or has none.
     */
    public static String inWords(String role, String countryName) {
        if (role == null) {
            return null;
        }
        if (countryName == null
                || role.toLowerCase(java.util.Locale.ROOT).contains(countryName.toLowerCase(java.util.Locale.ROOT))) {
            return role;
        }
        int post = role.indexOf(" to ");
        if (post > 0) { // "Ambassador to Vietnam" of Laos: "Ambassador of Laos to
                        // Vietnam"
            return role.substring(0, post) + " of " + countryName + role.substring(post);
        }
        return role + " of " + countryName;
    }

    /** "Foreign minister" for "foreign minister": a role as a reader sees it. */
    static String capitalised(String role) {
        return Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }

}
