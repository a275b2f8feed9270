package news.dateline.newsroom.web;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import news.dateline.newsroom.VersionedForm;
import news.dateline.web.DatabaseFailures;
import news.dateline.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the newsroom's forms share: Bean Validation's messages by field, what to say when
 * a save fails.
 */
final class Forms {

    static final String DATABASE_DOWN = "The database did not answer, so nothing was saved. Everything you typed is here: "
            + "try again in a moment.";

    /** Said of a commit left in doubt; {@code %s} is where to look. */
    static final String IN_DOUBT = "The connection to the database broke just as this was being saved, so it may "
            + "have been saved all the same. Everything you typed is here. Once the database answers again, look for it "
            + "in %s before you save again, so that it is not saved twice.";

    static final String OUR_FAULT = "Saving failed because of an error on our side, so nothing was saved. Everything you "
            + "typed is here, and the error was logged for the developers.";

    private static final Logger LOG = LoggerFactory.getLogger(Forms.class);

    private Forms() {
    }

    /**
     * What to tell the editor when a save threw: a commit left in doubt (it may be
     * stored: look before saving again), the database away (nothing was stored: try again
     * soon), or anything else, which is our fault and is logged, never passed off as the
     * database being away.
     */
    static String problem(RuntimeException e) {
        return problem(e, "its list in the newsroom");
    }

    /**
     * As {@link #problem(RuntimeException)}, naming where a save in doubt would be found
     * ("the story list").
     */
    static String problem(RuntimeException e, String list) {
        if (DatabaseFailures.commitInDoubt(e)) {
            LOG.warn("The connection to the database broke during a commit; the save may have been stored: {}",
                    e.getMessage());
            return IN_DOUBT.formatted(list);
        }
        if (databaseAway(e)) {
            LOG.warn("The database did not answer while saving a form: {}", e.getMessage());
            return DATABASE_DOWN;
        }
        LOG.error("Saving a form failed", e);
        return OUR_FAULT;
    }

    /**
     * Whether a save failed because the database was away: no connection to be had, or
     * the save's connection broken under it, also when only the failed rollback on the
     * closed connection reaches us ({@link DatabaseFailures}, the rule the reader pages
     * follow); a transient failure (a lock or a query timeout) counts too: nothing was
     * committed and the same save may pass in a moment.
     */
    private static boolean databaseAway(RuntimeException e) {
        return DatabaseFailures.unreachable(e) || e instanceof TransientDataAccessException;
    }

    /**
     * How a versioned admin form is saved ({@code PeopleAdmin::save},
     * {@code EventsAdmin::save}).
     */
    @FunctionalInterface
    interface Saver<F> {

        /**
         * @return the slug saved, or null with what is wrong in {@code errors} ("version"
         * when it is stale)
         */
        String save(String slug, F form, String actor, Map<String, String> errors);

    }

    /**
     * What came of a save: the slug saved, or the form to show again, which after a
     * conflict carries the stored version, so that a second Save replaces theirs
     * knowingly.
     */
    record Saving<F>(String saved, F form) {
    }

    /**
     * Saves a new ({@code slug} null) or existing row; an unknown slug is a 404. A stale
     * form puts the stored version in the model as "theirs", a database error says so in
     * "problem".
     */
    static <F extends VersionedForm<F>> Saving<F> save(Function<String, Optional<F>> load, Saver<F> saver, String kind,
            String slug, F form, String editor, Map<String, String> errors, Model model) {
        try {
            F stored = slug == null ? null
                    : load.apply(slug).orElseThrow(() -> new NotFoundException(kind + " " + slug));
            String saved = saver.save(slug, form, editor, errors);
            if (saved != null) {
                return new Saving<>(saved, form);
            }
            if (stored != null && errors.containsKey("version")) {
                model.addAttribute("theirs", stored.fields());
                return new Saving<>(null, form.withVersion(stored.version()));
            }
        }
        catch (TransactionException | DataAccessException e) {
            model.addAttribute("problem", problem(e));
        }
        return new Saving<>(null, form);
    }

    /**
     * What a form offers to choose from, or nothing when the database does not answer:
     * the form still shows, with what was typed.
     */
    static <T> List<T> orNone(Supplier<List<T>> choices) {
        try {
            return choices.get();
        }
        catch (TransactionException | DataAccessException e) {
            return List.of();
        }
    }

    /** The first message of each field that Bean Validation refused. */
    static Map<String, String> errors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
        return errors;
    }

    /**
     * The errors in the order of the form's fields (its record's components), others
     * last: as the summary lists them.
     */
    static Map<String, String> inFormOrder(Map<String, String> errors, Class<? extends Record> form) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (RecordComponent field : form.getRecordComponents()) {
            if (errors.containsKey(field.getName())) {
                ordered.put(field.getName(), errors.get(field.getName()));
            }
        }
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

}
