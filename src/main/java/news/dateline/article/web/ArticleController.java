package news.dateline.article.web;

import news.dateline.article.ArticleQueries;
import news.dateline.article.RelatedNews;
import news.dateline.web.GoneException;
import news.dateline.web.NotFoundException;
import news.dateline.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    private final ArticleQueries articles;

    private final RelatedNews relatedNews;

    private final ArticleHead head;

    ArticleController(ArticleQueries articles, RelatedNews relatedNews, ArticleHead head) {
        this.head = head;
        this.articles = articles;
        this.relatedNews = relatedNews;
    }

    @GetMapping("/articles/{slug}")
    Object show(@PathVariable String slug, Model model) {
        var article = articles.published(slug);
        if (article.isPresent()) {
            model.addAttribute("article", article.get());
            model.addAttribute("meta", head.article(article.get()));
            model.addAttribute("sidebar", relatedNews.of(article.get().id()));
            return "article/show";
        }
        return articles.currentSlug(slug)
            .map(current -> (Object) Redirects.permanent("/articles/" + current))
            .orElseThrow(() -> articles.wasDeleted(slug) ? new GoneException("article " + slug)
                    : new NotFoundException("article " + slug));
    }

}
