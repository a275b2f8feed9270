package news.dateline.person;

import java.time.Clock;
import news.dateline.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PersonService {

    private final PersonRepository people;
    private final Clock clock;

    PersonService(PersonRepository people, Clock clock) {
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
        return people.save(new Person(slug, name, role, countryId, clock.instant())).id();
    }
}
