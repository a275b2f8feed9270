package news.dateline.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import news.dateline.shared.PagesChanged;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The people, countries and events a search can name, held in memory: a few thousand
 * names and aliases, read again after any change readers can see (made here or heard from
 * another node) and whenever the search index reads stories written elsewhere (the import
 * command adds people). A search then finds the ones it names without a statement of its
 * own: PostgreSQL planned and ran that statement in about 6 ms of every search at a
 * million stories.
 * <p>
 * Names are compared folded, as {@code dl_fold} folds them (accents off, lower case): "to
 * lam" names Tô Lâm, "viet nam" Vietnam (an alias).
 */
@Component
public class Names {

    /** The most entities a search shows. */
    static final int SHOWN = 12;

    private final JdbcClient jdbc;

    private volatile Held held;

    private volatile boolean stale = true;

    Names(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A person, country or event: its kind's order (people, countries, events), its names
     * folded (name first, then aliases).
     */
    record Named(int order, long id, SearchService.Entity entity, List<String> folded) {

        String kind() {
            return entity.kind();
        }

    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PagesChanged change) {
        stale = true;
    }

    /** Read again before the next search. */
    void changed() {
        stale = true;
    }

    /**
     * What a search names: the people, countries and events to show, and, for a search of
     * {@value SearchService#NAMED_AT_LEAST} letters or more, the people and countries
     * whose stories it also finds ("Thongsavan", "viet nam").
     */
    record Found(List<SearchService.Entity> entities, List<Long> people, List<Long> countries) {
    }

    Found named(String text) {
        List<Named> named = in(text);
        boolean theirStories = text.strip().length() >= SearchService.NAMED_AT_LEAST;
        return new Found(named.stream().map(Named::entity).toList(),
                theirStories ? named.stream().filter(each -> each.kind().equals("person")).map(Named::id).toList()
                        : List.of(),
                theirStories ? named.stream().filter(each -> each.kind().equals("country")).map(Named::id).toList()
                        : List.of());
    }

    /**
     * The people, countries and events whose name or an alias holds the text: people
     * first, then countries, then events, each by name; at most {@value #SHOWN}.
     */
    List<Named> in(String text) {
        String wanted = fold(text);
        if (wanted.isEmpty() || wanted.indexOf('\n') >= 0) {
            return List.of();
        }
        Held names = current();
        List<Named> found = new ArrayList<>();
        int from = 0;
        while (found.size() < SHOWN) {
            int at = names.text().indexOf(wanted, from);
            if (at < 0) {
                break;
            }
            // the name the text was found in, and its owner; then on from the next owner
            int name = java.util.Arrays.binarySearch(names.starts(), at);
            name = name >= 0 ? name : -name - 2;
            int owner = names.owners()[name];
            found.add(names.all().get(owner));
            from = owner + 1 < names.firsts().length ? names.firsts()[owner + 1] : names.text().length();
        }
        return found;
    }

    /** The id of the country with this slug, if there is one. */
    Optional<Long> country(String slug) {
        return current().all()
            .stream()
            .filter(named -> named.kind().equals("country") && named.entity().url().equals("/countries/" + slug))
            .map(Named::id)
            .findFirst();
    }

    private Held current() {
        Held names = held;
        if (names == null || stale) {
            stale = false;
            names = Held.of(read());
            held = names;
        }
        return names;
    }

    /**
     * All the folded names in one text, one to a line, in the order of their owners, so
     * that a search looks for its words in all of them at once: where each name starts in
     * the text, whose it is, and where each owner's first name starts.
     */
    private record Held(List<Named> all, String text, int[] starts, int[] owners, int[] firsts) {

        static Held of(List<Named> all) {
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            int[] firsts = new int[all.size()];
            for (int owner = 0; owner < all.size(); owner++) {
                firsts[owner] = text.length();
                for (String name : all.get(owner).folded()) {
                    starts.add(text.length());
                    owners.add(owner);
                    text.append(name.replace('\n', ' ')).append('\n');
                }
            }
            return new Held(all, text.toString(), starts.stream().mapToInt(Integer::intValue).toArray(),
                    owners.stream().mapToInt(Integer::intValue).toArray(), firsts);
        }

    }

    private List<Named> read() {
        List<Named> names = new ArrayList<>(jdbc.sql("""
                select 1 as ord, 'person' as kind, p.id, '/people/' || p.slug as url, p.name, p.role as detail,
                       array(select a.alias::text from person_alias a where a.person_id = p.id) as aliases
                from person p
                union all
                select 2, 'country', c.id, '/countries/' || c.slug, c.name, null,
                       array(select a.alias::text from country_alias a where a.country_id = c.id and a.kind = 'NAME')
                from country c
                union all
                select 3, 'event', e.id, '/events/' || e.slug, e.title, to_char(e.start_date, 'YYYY'),
                       cast(array[] as text[])
                from event e""").query((rs, n) -> {
            List<String> folded = new ArrayList<>();
            folded.add(fold(rs.getString("name")));
            for (Object alias : (Object[]) rs.getArray("aliases").getArray()) {
                folded.add(fold((String) alias));
            }
            return new Named(rs.getInt("ord"), rs.getLong("id"), new SearchService.Entity(rs.getString("kind"),
                    rs.getString("url"), rs.getString("name"), rs.getString("detail")), List.copyOf(folded));
        }).list());
        names.sort(Comparator.comparingInt(Named::order).thenComparing(named -> named.entity().name()));
        return List.copyOf(names);
    }

    /** As {@code dl_fold}: accents and other marks off, lower case. */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] input = text.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length).toLowerCase(java.util.Locale.ROOT);
    }

}
