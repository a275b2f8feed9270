package news.dateline.article;

import news.dateline.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agencies by the name a story gives: found, or added. */
@Component
class Agencies {

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The agency with this name, or with a name that differs only in case, accents or punctuation
     * ("Trend news agency" is "Trend News Agency"); otherwise a new agency. Null for no name.
     */
    Long idFor(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        String slug = Slugs.of(stripped);
        Long known = jdbc.sql("select id from agency where name = ? or (? <> '' and slug = ?) order by (name = ?) desc, id limit 1")
                .params(stripped, slug, slug, stripped).query(Long.class).optional().orElse(null);
        if (known != null) {
            return known;
        }
        // Only a name with no letters or digits in Latin script gets here with a slug that may be taken.
        String base = slug.isEmpty() ? "agency" : slug;
        String free = base;
        for (int n = 2; jdbc.sql("select exists (select 1 from agency where slug = ?)").param(free).query(Boolean.class).single(); n++) {
            free = base + "-" + n;
        }
        return jdbc.sql("""
                        insert into agency (slug, name) values (?, ?)
                        on conflict (name) do update set name = excluded.name returning id""")
                .params(free, stripped).query(Long.class).single();
    }

    String nameOf(Long id) {
        return id == null ? null : jdbc.sql("select name from agency where id = ?").param(id).query(String.class).single();
    }
}
