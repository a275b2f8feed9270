package news.dateline.article;

import java.util.List;
import news.dateline.web.Headlines;
import org.springframework.stereotype.Component;

/**
 * The latest headlines for the 404 page: the home page's first stories, from its cache.
 */
@Component
class LatestHeadlines implements Headlines {

    private final ArticleQueries articles;

    LatestHeadlines(ArticleQueries articles) {
        this.articles = articles;
    }

    @Override
    public List<Headline> latest(int count) {
        return articles.latest(1, 20)
            .items()
            .stream()
            .limit(count)
            .map(card -> new Headline(card.headline(), card.url()))
            .toList();
    }

}
