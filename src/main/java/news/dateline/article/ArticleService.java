package news.dateline.article;

import java.time.Clock;
import java.util.Optional;
import news.dateline.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes articles. Reading them for pages is {@link ArticleQueries}' job. */
@Service
public class ArticleService {

    private final ArticleRepository articles;

    private final JdbcClient jdbc;

    private final Agencies agencies;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final StoryStates states;

    ArticleService(ArticleRepository articles, JdbcClient jdbc, Agencies agencies, Clock clock,
            ApplicationEventPublisher events, StoryStates states) {
        this.events = events;
        this.states = states;
        this.articles = articles;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    /**
     * The slug of the article with this content hash ({@link ContentHash}), if the story
     * is already here.
     */
    @Transactional(readOnly = true)
    public Optional<String> slugOfContent(String contentHash) {
        return articles.findByContentHash(contentHash).map(Article::slug);
    }

    /**
     * Saves an imported story as published, with the {@link ContentHash} of its headline
     * and body, announced by a {@link StoryPublished}; returns its slug.
     */
    @Transactional
    public String saveImported(ImportedStory story) {
        Article article = new Article(freeSlug(story.headline()), story.headline(), story.body(),
                ContentHash.of(story.headline(), story.body()), clock.instant());
        article.describe(story.standfirst(), story.photoCaption(), agencies.idFor(story.agencyName()), story.dateline(),
                story.language(), story.sourceFile());
        article.publishAt(story.publishedAt(),
                story.publishedWithTime() ? Article.Precision.MINUTE : Article.Precision.DAY, story.publishedOffset());
        article.tag(story.people(), story.countries(), story.events());
        article.referTo(story.otherNews()
            .stream()
            .map(item -> new Article.Reference(item.headline(), item.publishedAt()))
            .toList());
        Article saved = articles.saveAndFlush(article);
        events
            .publishEvent(new StoryPublished(saved.id(), null, states.of(saved.id()), null, StoryEvent.Cause.IMPORTED));
        return saved.slug();
    }

    private String freeSlug(String headline) {
        return Slugs.free(headline, "story",
                slug -> articles.existsBySlug(slug)
                        || jdbc.sql("select 1 from article_slug_redirect where old_slug = ?")
                            .param(slug)
                            .query()
                            .listOfRows()
                            .size() > 0);
    }

}
