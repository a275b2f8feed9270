package news.dateline.person;

import java.time.Clock;
import news.dateline.shared.Slugs;
import news.dateline.shared.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PersonService {

    private final PersonRepository people;
    private final Clock clock;
    private final ApplicationEventPublisher changes;

    PersonService(PersonRepository people, Clock clock, ApplicationEventPublisher changes) {
        this.changes = changes;
        this.people = people;
        this.clock = clock;
    }

    /**
     * A person the recognizer found in new copy ("Deputy Prime Minister Saleumxay Kommasith"):
     * saved with the role read from the text, under a free slug.
     *
     * @return the person's id
     */
    @Transactional
    public long addFoundPerson(String name, String role, Long countryId) {
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; people.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        changes.publishEvent(new ContentChanged("person added"));
        return people.save(new Person(slug, name, role, countryId, clock.instant())).id();
    }
}
