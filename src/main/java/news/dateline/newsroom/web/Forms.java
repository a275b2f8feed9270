package news.dateline.newsroom.web;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** What the newsroom's forms share: Bean Validation's messages by field, the database-down notice. */
final class Forms {

    static final String DATABASE_DOWN = "The database did not answer, so nothing was saved. Everything you typed is here: "
            + "try again in a moment.";

    private Forms() {
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
