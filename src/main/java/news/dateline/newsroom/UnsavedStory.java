package news.dateline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import news.dateline.web.CommitInDoubtException;
import news.dateline.web.DatabaseAwayAnswer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * An editor presses Save (or Preview, or the script autosaves) while PostgreSQL is gone:
 * the session, kept in PostgreSQL, cannot even be read, so neither the login nor the CSRF
 * token can be checked and no controller runs. Instead of a bare error that loses the
 * text, the answer is a 503 page that gives the editor back everything typed, with a form
 * to press Save again once the database is back. An autosave gets a short 503 the script
 * shows.
 * <p>
 * Nothing is stored anywhere and nothing is trusted: the posted text goes back, escaped,
 * only to the client that sent it, in that one answer ({@code no-store}). The re-posted
 * form carries the CSRF token that was posted, so the second Save passes the usual checks
 * of session and token, or fails them. The text comes back only to a browser carrying a
 * valid {@link EditorMark} (checked with the key in memory) and a same-origin post
 * ({@code Sec-Fetch-Site} or {@code Origin}); a stranger's post, a cross-site one, or a
 * form over {@link RescuedDraft#MAX_KEPT} gets the plain "back in a moment" page.
 * <p>
 * When the save's own commit was sent and its answer lost in the same request
 * ({@link CommitInDoubtException#REQUEST_ATTRIBUTE}), the story may well be stored: the
 * page says so, and where to look, instead of "nothing was saved".
 */
@Component
@Order(0)
class UnsavedStory implements DatabaseAwayAnswer {

    static final String MESSAGE = "The database is not reachable; nothing was saved. Your text is below: copy it or "
            + "press Save again in a moment.";

    /**
     * When the save's commit was sent and its answer lost
     * ({@link CommitInDoubtException}): the story may be stored.
     */
    static final String IN_DOUBT_MESSAGE = "The connection to the database broke just as the story was being saved, "
            + "so it may have been saved all the same. Your text is below: copy it, and look for the story in the story "
            + "list before you press Save again, so that it is not saved twice.";

    static final String AUTOSAVE_MESSAGE = "Not autosaved: the database is not reachable. Retrying; your text is "
            + "still here.";

    private static final Logger log = LoggerFactory.getLogger(UnsavedStory.class);

    /** The story form's own addresses: a new story, or one being edited. */
    private static final Pattern STORY_FORM = Pattern.compile("/admin/articles(/\\d{1,18})?");

    private static final String AUTOSAVE = "/admin/articles/autosave";

    /** The fields written in the page, not as hidden fields. */
    private static final List<String> TYPED = List.of("headline", "standfirst", "body");

    /** The other fields shown, by the label the form gives them. */
    private static final Map<String, String> LABELS = labels();

    private final EditorMark mark;

    private final ObjectProvider<ThymeleafViewResolver> views;

    UnsavedStory(EditorMark mark, ObjectProvider<ThymeleafViewResolver> views) {
        this.mark = mark;
        this.views = views;
    }

    /** A field posted again as it came, and its label when the page shows it. */
    record Field(String name, String value, @Nullable String label) {
    }

    @Override
    public boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        boolean autosave = AUTOSAVE.equals(path);
        if (!"POST".equals(request.getMethod()) || !(autosave || STORY_FORM.matcher(path).matches())
                || !sameOrigin(request) || !mark.presentWithoutDatabase(request)) {
            return false;
        }
        if (autosave) {
            byte[] text = AUTOSAVE_MESSAGE.getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/plain;charset=UTF-8");
            response.setContentLength(text.length);
            response.getOutputStream().write(text);
            return true;
        }
        Map<String, String[]> fields = RescuedDraft.fields(request);
        View page = page();
        if (fields == null || page == null) {
            return false;
        }
        Map<String, Object> model = new HashMap<>();
        boolean inDoubt = Boolean.TRUE.equals(request.getAttribute(CommitInDoubtException.REQUEST_ATTRIBUTE));
        model.put("inDoubt", inDoubt);
        model.put("message", inDoubt ? IN_DOUBT_MESSAGE : MESSAGE);
        model.put("action", path);
        model.put("csrf", request.getParameter("_csrf"));
        for (String name : TYPED) {
            model.put(name, first(fields.get(name)));
        }
        model.put("fields", others(fields));
        model.put("imageDropped", imageChosen(request));
        try {
            page.render(model, request, response);
        }
        catch (Exception e) {
            log.debug("The unsaved story's page could not be rendered", e);
            return false;
        }
        return true;
    }

    /**
     * Whether the browser says the post came from this site: {@code Sec-Fetch-Site}, else
     * {@code Origin} against {@code Host}. A client that says neither is not a browser
     * another site can drive, and only gets back what it sent.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            String authority = URI.create(origin).getRawAuthority();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Field> others(Map<String, String[]> fields) {
        List<Field> others = new ArrayList<>();
        for (String name : StoryForm.FIELDS) {
            if (!TYPED.contains(name)) {
                add(others, name, fields.get(name));
            }
        }
        add(others, "draft", fields.get("draft"));
        add(others, "removeImage", fields.get("removeImage"));
        add(others, "suggested", fields.get("suggested"));
        return others;
    }

    private static void add(List<Field> others, String name, String @Nullable [] values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (value != null) {
                others.add(new Field(name, value, value.isBlank() ? null : LABELS.get(name)));
            }
        }
    }

    private static String first(String @Nullable [] values) {
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    /**
     * Whether an image file was chosen: it cannot come back, and must be chosen again.
     */
    private static boolean imageChosen(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        try {
            Part file = request.getPart("imageFile");
            return file != null && file.getSize() > 0;
        }
        catch (Exception e) {
            return false;
        }
    }

    private @Nullable View page() {
        ThymeleafViewResolver resolver = views.getIfAvailable();
        try {
            return resolver == null ? null : resolver.resolveViewName("newsroom/unsaved", Locale.ENGLISH);
        }
        catch (Exception e) {
            return null;
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("wire", "Wire copy");
        labels.put("source", "Source agency");
        labels.put("dateline", "Dateline");
        labels.put("language", "Language");
        labels.put("publishedDate", "Publication date");
        labels.put("publishedTime", "Time");
        labels.put("zone", "Time zone");
        labels.put("status", "Status");
        labels.put("slug", "Slug");
        labels.put("imageAlt", "Image description");
        labels.put("imageCaption", "Image caption");
        labels.put("imageCredit", "Image credit");
        labels.put("people", "Person tagged");
        labels.put("countries", "Country tagged");
        labels.put("events", "Event tagged");
        labels.put("newPersonName", "New person");
        labels.put("newPersonRole", "New person's role");
        labels.put("newPersonCountry", "New person's country");
        labels.put("newEventTitle", "New event");
        labels.put("newEventDate", "New event's date");
        labels.put("newEventPlace", "New event's place");
        labels.put("removeImage", "Remove the lead image");
        return Map.copyOf(labels);
    }

}
