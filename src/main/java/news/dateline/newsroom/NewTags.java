package news.dateline.newsroom;

import java.util.Set;
import java.util.List;
import news.dateline.event.Events;
import news.dateline.person.People;
import news.dateline.shared.PartialDate;
import org.springframework.stereotype.Component;

/**
 * Creates the people and the event a story form asks for, within the save's transaction,
 * each in the audit log under the editor's name. Through the person and event modules'
 * services ({@link People}, {@link Events}), the only writers of those tables.
 */
@Component
class NewTags {

    private final People people;

    private final Events events;

    private final AuditLog audit;

    NewTags(People people, Events events, AuditLog audit) {
        this.people = people;
        this.events = events;
        this.audit = audit;
    }

    /** Creates the person; {@code country} is the id of their country, or null. */
    long person(String editor, NewPerson person, Long country) {
        String name = person.name().strip();
        long id = people.add(name, person.role().isBlank() ? null : person.role().strip(), country, List.of()).id();
        audit.record(editor, "CREATED", "PERSON", id, name + " (from the story form)");
        return id;
    }

    /**
     * Creates the event, taking part in it the countries and people given by id. The form
     * checked its date.
     */
    long event(String editor, StoryForm.NewEvent event, Set<Long> countries, Set<Long> peopleIds) {
        PartialDate date = PartialDate.fromEditor(event.date()).orElseThrow();
        String title = event.title().strip();
        String place = event.place().isBlank() ? null : event.place().strip();
        long id = events.add(new Events.Details(title, "event", null, date, null, place), countries, peopleIds).id();
        audit.record(editor, "CREATED", "EVENT", id, title + " (from the story form)");
        return id;
    }

}
