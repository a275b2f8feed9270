package news.dateline.newsroom.web;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;

/** What the newsroom's forms share: Bean Validation's messages by field, what to say when a save fails. */
final class Forms {

    static final String DATABASE_DOWN = "The database did not answer, so nothing was saved. Everything you typed is here: "
            + "try again in a moment.";

    static final String OUR_FAULT = "Saving failed because of an error on our side, so nothing was saved. Everything you "
            + "typed is here, and the error was logged for the developers.";

    private static final Logger LOG = LoggerFactory.getLogger(Forms.class);

    private Forms() {
    }

    /**
     * What to tell the editor when a save threw: the database away (try again soon), or anything
     * else, which is our fault and is logged, never passed off as the database being away.
     */
    static String problem(RuntimeException e) {
        if (e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException
                || e instanceof TransientDataAccessException) {
            LOG.warn("The database did not answer while saving a form: {}", e.getMessage());
            return DATABASE_DOWN;
        }
        LOG.error("Saving a form failed", e);
        return OUR_FAULT;
    }

    /** The first message of each field that Bean Validation refused. */
    static Map<String, String> errors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
        return errors;
    }

    /** The errors in the order of the form's fields (its record's components), others last: as the summary lists them. */
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
