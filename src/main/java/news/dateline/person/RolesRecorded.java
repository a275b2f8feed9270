package news.dateline.person;

import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.shared.CacheTags;
import news.dateline.shared.PagesChanged;

/**
 * The roles a story states were recorded: the pages of the people they are about (their
 * own, and the stories naming them, which show each person's role at their date).
 */
public record RolesRecorded(Set<Long> personIds) implements PagesChanged {

    public RolesRecorded {
        personIds = Set.copyOf(personIds);
    }

    @Override
    public Set<String> pages() {
        return personIds.stream().map(CacheTags::person).collect(Collectors.toUnmodifiableSet());
    }

}
