package news.dateline.person;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import news.dateline.shared.Slugs;
import news.dateline.shared.SqlTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@code person}, {@code person_alias} and
 * {@code person_slug_redirect}: whoever adds, edits or merges a person (the newsroom's
 * forms, the story form, an import, the reference data) does it here, so that the rules
 * are the same for all. Every change publishes {@link PersonChanged} or
 * {@link PersonMerged}.
 */
@Service
public class People {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    People(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A person just added, by id and slug. */
    public record Added(long id, String slug) {
    }

    /**
     * Adds a person under a free slug made from the name (see {@link #freeSlug(String)}).
     * @param countryId the country's id, or null
     */
    @Transactional
    public Added add(String name, String role, Long countryId, Collection<String> aliases) {
        String slug = freeSlug(name);
        long id = jdbc.sql(
                "insert into person (slug, name, role, country_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?) returning id")
            .params(slug, name, role, countryId, SqlTime.now(clock), SqlTime.now(clock))
            .query(Long.class)
            .single();
        insertAliases(id, aliases);
        events.publishEvent(new PersonChanged(id, slug, countryId == null ? Set.of() : Set.of(countryId)));
        return new Added(id, slug);
    }

    /**
     * A person of the reference data, under the slug the file gives: added unless a
     * person has that slug or it is the old address of a person merged into another (so a
     * merge is never undone).
     * @return whether the person was added
     */
    @Transactional
    public boolean addReference(String slug, String name, String role, String countryCode) {
        Optional<Long> id = jdbc.sql("""
                insert into person (slug, name, role, country_id)
                select ?, ?, ?, (select id from country where code = ?)
                where not exists (select 1 from person_slug_redirect where old_slug = ?)
                on conflict (slug) do nothing returning id""")
            .params(slug, name, role, countryCode, slug)
            .query(Long.class)
            .optional();
        id.ifPresent(added -> events.publishEvent(new PersonChanged(added, slug, countryOf(added))));
        return id.isPresent();
    }

    /**
     * Gives the person another name, unless they have it already; nothing when no person
     * has the slug.
     * @return whether the alias was added
     */
    @Transactional
    public boolean addAlias(String slug, String alias) {
        Optional<Long> id = jdbc.sql("""
                insert into person_alias (person_id, alias)
                select id, ? from person where slug = ? on conflict do nothing returning person_id""")
            .params(alias, slug)
            .query(Long.class)
            .optional();
        id.ifPresent(changed -> events.publishEvent(new PersonChanged(changed, slug, countryOf(changed))));
        return id.isPresent();
    }

    /**
     * Changes the person's name, role and country (the slug stays) and replaces their
     * aliases with these; the version moves on. The caller checks the version it started
     * from.
     */
    @Transactional
    public void edit(long id, String name, String role, Long countryId, Collection<String> aliases) {
        Set<Long> countries = new HashSet<>(countryOf(id));
        if (countryId != null) {
            countries.add(countryId);
        }
        String slug = jdbc.sql("""
                update person set name = ?, role = ?, country_id = ?, updated_at = ?, version = version + 1
                where id = ? returning slug""")
            .params(name, role, countryId, SqlTime.now(clock), id)
            .query(String.class)
            .single();
        jdbc.sql("delete from person_alias where person_id = ? and not (alias = any(?))")
            .params(id, aliases.toArray(String[]::new))
            .update();
        insertAliases(id, aliases);
        events.publishEvent(new PersonChanged(id, slug, countries));
    }

    /** The person's country, as a set of none or one id. */
    private Set<Long> countryOf(long personId) {
        return jdbc.sql("select country_id from person where id = ? and country_id is not null")
            .param(personId)
            .query(Long.class)
            .set();
    }

    /**
     * Merges the person {@code removedId} into {@code keptId}, two records of one person:
     * the modules that link stories and events to people move the links on
     * {@link PersonMerged}; the removed person's name and aliases become the kept one's
     * aliases, their old addresses (and the slug itself) redirect to the kept person, and
     * their row is deleted. The caller has locked both rows.
     */
    @Transactional
    public void merge(long keptId, long removedId) {
        record Row(String slug, String name) {
        }
        Row kept = jdbc.sql("select slug, name from person where id = ?")
            .param(keptId)
            .query((rs, n) -> new Row(rs.getString("slug"), rs.getString("name")))
            .single();
        Row removed = jdbc.sql("select slug, name from person where id = ?")
            .param(removedId)
            .query((rs, n) -> new Row(rs.getString("slug"), rs.getString("name")))
            .single();
        events.publishEvent(new PersonMerged(keptId, kept.slug(), removedId, removed.slug()));
        jdbc.sql("""
                insert into person_alias (person_id, alias)
                select :into, name from (select cast(:name as varchar) as name
                                         union select alias from person_alias where person_id = :from) names
                where name <> :intoName
                on conflict do nothing""")
            .param("into", keptId)
            .param("from", removedId)
            .param("name", removed.name())
            .param("intoName", kept.name())
            .update();
        jdbc.sql("update person_slug_redirect set person_id = ? where person_id = ?")
            .params(keptId, removedId)
            .update();
        jdbc.sql("""
                insert into person_role (article_id, person_id, role, country_id)
                select article_id, ?, role, country_id from person_role where person_id = ?
                on conflict (article_id, person_id) do nothing""").params(keptId, removedId).update();
        jdbc.sql("""
                insert into person_slug_redirect (old_slug, person_id) values (?, ?)
                on conflict (old_slug) do update set person_id = excluded.person_id""")
            .params(removed.slug(), keptId)
            .update();
        jdbc.sql("delete from person where id = ?").param(removedId).update();
        jdbc.sql("update person set updated_at = ?, version = version + 1 where id = ?")
            .params(SqlTime.now(clock), keptId)
            .update();
    }

    /**
     * The slug made from the name ("person" when it has no Latin letter or digit), with
     * -2, -3… when a person has it or it is the old address of a merged or renamed
     * person: a new person never takes an address that still leads to someone else.
     */
    @Transactional(readOnly = true)
    public String freeSlug(String name) {
        return Slugs.free(name, "person",
                slug -> jdbc.sql("""
                        select exists (select 1 from person where slug = :slug)
                            or exists (select 1 from person_slug_redirect where old_slug = :slug)""")
                    .param("slug", slug)
                    .query(Boolean.class)
                    .single());
    }

    private void insertAliases(long id, Collection<String> aliases) {
        for (String alias : aliases) {
            jdbc.sql("insert into person_alias (person_id, alias) values (?, ?) on conflict do nothing")
                .params(id, alias)
                .update();
        }
    }

}
