package news.dateline.newsroom;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import news.dateline.shared.DisplayTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work in progress on the story form, kept in PostgreSQL while the editor types (every
 * few seconds, on leaving the page, and at each preview), so that a closed tab or a
 * crashed browser loses nothing. An autosave is neither a revision nor an audit entry:
 * one row per story being edited, replaced at each autosave and deleted when the story is
 * saved. A new story not saved yet is kept under a key its form carries
 * ({@code new:<uuid>}) and belongs to its editor; a stored story's autosave
 * ({@code article:<id>}) to the story.
 */
@Service
public class Autosaves {

    /** The most an autosave keeps: a story's fields, its wire copy and some room. */
    public static final int MAX_CHARACTERS = 450_000;

    private static final Pattern NEW_KEY = Pattern.compile("new:[0-9a-f-]{36}");

    private final JdbcClient jdbc;

    private final Clock clock;

    Autosaves(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * An autosave brought back.
     *
     * @param key what the form carries to keep autosaving under it
     * @param form the form as it was typed
     * @param editor who typed it
     * @param savedAt when, for the editor to read
     */
    public record Autosave(String key, StoryForm form, String editor, String savedAt) {
    }

    /**
     * A new story not saved yet, for the story list.
     *
     * @param key its key, to resume it
     */
    public record Unsaved(String key, String headline, String savedAt) {
    }

    /** A key for a new story's form. */
    public static String newKey() {
        return "new:" + UUID.randomUUID();
    }

    /**
     * The key a form autosaves under: its story's for a stored story, else the key its
     * page was given, if it is one.
     */
    public static Optional<String> keyOf(StoryForm form, String draft) {
        if (!form.isNew()) {
            return form.id().matches("\\d{1,18}") ? Optional.of("article:" + form.id()) : Optional.empty();
        }
        return draft != null && NEW_KEY.matcher(draft).matches() ? Optional.of(draft) : Optional.empty();
    }

    /**
     * Keeps the form as typed, replacing the previous autosave of the same story; returns
     * when, for the editor to read. False when there is nothing to keep it under (no key,
     * too long, a story that does not exist or a new story's key that is another
     * editor's).
     */
    @Transactional
    public Optional<String> save(StoryForm form, String draft, String editor) {
        Optional<String> key = keyOf(form, draft);
        String fields = encode(form);
        if (key.isEmpty() || fields.length() > MAX_CHARACTERS) {
            return Optional.empty();
        }
        Long articleId = form.isNew() ? null : Long.valueOf(form.id());
        if (articleId != null && jdbc.sql("select count(*) from article where id = ? and status <> 'DELETED'")
            .param(articleId)
            .query(Long.class)
            .single() == 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String headline = form.story().headline().strip();
        int updated = jdbc.sql("""
                insert into story_autosave (draft_key, article_id, editor, headline, base_version, fields, saved_at)
                values (:key, :article, :editor, :headline, :version, :fields, :at)
                on conflict (draft_key) do update set editor = excluded.editor, headline = excluded.headline,
                    base_version = excluded.base_version, fields = excluded.fields, saved_at = excluded.saved_at
                where story_autosave.article_id is not null or story_autosave.editor = excluded.editor""")
            .param("key", key.get())
            .param("article", articleId)
            .param("editor", editor)
            .param("headline", headline.length() > 300 ? headline.substring(0, 300) : headline)
            .param("version", form.version().matches("\\d{1,9}") ? Integer.valueOf(form.version()) : null)
            .param("fields", fields)
            .param("at", Timestamp.from(now))
            .update();
        return updated == 0 ? Optional.empty() : Optional.of(time(now));
    }

    /**
     * The autosave of a stored story to bring back when it is opened: one made from the
     * version stored now, or from an older one by another editor than the last to save
     * (their work, which the save then shows beside the stored text). An autosave older
     * than the stored story's last save by its own editor was overtaken by that save.
     */
    @Transactional(readOnly = true)
    public Optional<Autosave> ofStory(long articleId) {
        return jdbc
            .sql("""
                    select s.draft_key, s.editor, s.fields, s.saved_at from story_autosave s join article a on a.id = s.article_id
                    where s.article_id = ? and a.status <> 'DELETED'
                      and (s.base_version = a.version
                           or (s.saved_at > a.updated_at and s.editor is distinct from a.updated_by))""")
            .param(articleId)
            .query((rs, n) -> new Autosave(rs.getString(1), decode(rs.getString(3)), rs.getString(2),
                    time(rs.getTimestamp(4).toInstant())))
            .optional();
    }

    /** A new story's autosave, when it is this editor's. */
    @Transactional(readOnly = true)
    public Optional<Autosave> ofNewStory(String key, String editor) {
        if (key == null || !NEW_KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return jdbc
            .sql("select draft_key, editor, fields, saved_at from story_autosave where draft_key = ? and editor = ?")
            .params(key, editor)
            .query((rs, n) -> new Autosave(rs.getString(1), decode(rs.getString(3)), rs.getString(2),
                    time(rs.getTimestamp(4).toInstant())))
            .optional();
    }

    /** The editor's new stories autosaved and not saved yet, newest first. */
    @Transactional(readOnly = true)
    public List<Unsaved> unsaved(String editor) {
        return jdbc.sql("""
                select draft_key, headline, saved_at from story_autosave
                where editor = ? and article_id is null order by saved_at desc limit 20""")
            .param(editor)
            .query((rs, n) -> new Unsaved(rs.getString(1), rs.getString(2), time(rs.getTimestamp(3).toInstant())))
            .list();
    }

    /**
     * Forgets the autosave of a story just saved (its key and the new-story key its form
     * carried).
     */
    @Transactional
    public void saved(long articleId, String draft) {
        jdbc.sql("delete from story_autosave where article_id = ? or (article_id is null and draft_key = ?)")
            .params(articleId, draft == null ? "" : draft)
            .update();
    }

    /**
     * Throws an autosave away: a stored story's, or a new story's of this editor.
     */
    @Transactional
    public void discard(String key, String editor) {
        jdbc.sql("delete from story_autosave where draft_key = ? and (article_id is not null or editor = ?)")
            .params(key, editor)
            .update();
    }

    private static String time(Instant at) {
        return DisplayTimes.of(at, true, "+00:00").text();
    }

    /** The form as the browser would post it. */
    static String encode(StoryForm form) {
        StringBuilder out = new StringBuilder();
        form.fields().forEach((name, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (Object v : values) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(name).append('=').append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    static StoryForm decode(String fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : fields.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> posted = new LinkedHashMap<>();
        values.forEach((name, list) -> posted.put(name, list.toArray(String[]::new)));
        return StoryForm.fromFields(posted);
    }

}
