package news.dateline.country;

import java.util.Collection;
import java.util.Optional;
import news.dateline.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@code country} and {@code country_alias}: the reference data adds
 * the countries (names and codes from the JDK) and their known aliases and demonyms, the
 * newsroom edits the aliases and demonyms. Every change publishes {@link CountryChanged}.
 */
@Service
public class Countries {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    Countries(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Another name of a country ({@code NAME}: "Lao PDR") or the word for its people and
     * things ({@code DEMONYM}: "Lao").
     */
    public enum Alias {

        NAME, DEMONYM

    }

    /**
     * Adds the country, its slug made from its name, unless a country has its code.
     * @return whether it was added
     */
    @Transactional
    public boolean add(String code, String name) {
        String slug = Slugs.of(name);
        Optional<Long> id = jdbc
            .sql("insert into country (code, name, slug) values (?, ?, ?) on conflict (code) do nothing returning id")
            .params(code, name, slug)
            .query(Long.class)
            .optional();
        id.ifPresent(added -> events.publishEvent(new CountryChanged(added, slug)));
        return id.isPresent();
    }

    /**
     * Gives the country (by code) an alias or demonym, unless it has it already; nothing
     * for an unknown code.
     * @return whether it was added
     */
    @Transactional
    public boolean addAlias(String code, String alias, Alias kind) {
        Optional<Long> id = jdbc.sql("""
                insert into country_alias (country_id, alias, kind)
                select id, ?, ? from country where code = ? on conflict do nothing returning country_id""")
            .params(alias, kind.name(), code)
            .query(Long.class)
            .optional();
        id.ifPresent(this::changed);
        return id.isPresent();
    }

    /** Replaces the country's aliases and demonyms with these. */
    @Transactional
    public void replaceAliases(long countryId, Collection<String> aliases, Collection<String> demonyms) {
        jdbc.sql("delete from country_alias where country_id = ?").param(countryId).update();
        for (String alias : aliases) {
            jdbc.sql("insert into country_alias (country_id, alias, kind) values (?, ?, 'NAME')")
                .params(countryId, alias)
                .update();
        }
        for (String demonym : demonyms) {
            jdbc.sql("insert into country_alias (country_id, alias, kind) values (?, ?, 'DEMONYM')")
                .params(countryId, demonym)
                .update();
        }
        changed(countryId);
    }

    private void changed(long countryId) {
        String slug = jdbc.sql("select slug from country where id = ?").param(countryId).query(String.class).single();
        events.publishEvent(new CountryChanged(countryId, slug));
    }

}
