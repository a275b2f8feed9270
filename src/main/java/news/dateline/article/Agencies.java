package news.dateline.article;

import news.dateline.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies by the name a story gives: found, or added; the one writer of the
 * {@code agency} table.
 */
@Component
public class Agencies {

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The agency with this name, or with a name that differs only in case, accents or
     * punctuation ("Trend news agency" is "Trend News Agency"); otherwise a new agency.
     * Null for no name.
     */
    Long idFor(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        String slug = Slugs.of(stripped);
        Long known = jdbc
            .sql("select id from agency where name = ? or (? <> '' and slug = ?) order by (name = ?) desc, id limit 1")
            .params(stripped, slug, slug, stripped)
            .query(Long.class)
            .optional()
            .orElse(null);
        if (known != null) {
            return known;
        }
        // Only a name with no letters or digits in Latin script gets here with a slug
        // that may be taken.
        String free = Slugs.free(stripped, "agency",
                s -> jdbc.sql("select exists (select 1 from agency where slug = ?)")
                    .param(s)
                    .query(Boolean.class)
                    .single());
        return jdbc.sql("""
                insert into agency (slug, name) values (?, ?)
                on conflict (name) do update set name = excluded.name returning id""")
            .params(free, stripped)
            .query(Long.class)
            .single();
    }

    /**
     * An agency of the reference data, with its full name and website: added unless one
     * has its name or slug already.
     * @return whether it was added
     */
    @Transactional
    public boolean addReference(String name, String fullName, String website) {
        return jdbc
            .sql("insert into agency (slug, name, full_name, website) values (?, ?, ?, ?) on conflict do nothing")
            .params(Slugs.of(name), name, fullName, website)
            .update() > 0;
    }

    String nameOf(Long id) {
        return id == null ? null
                : jdbc.sql("select name from agency where id = ?").param(id).query(String.class).single();
    }

}
