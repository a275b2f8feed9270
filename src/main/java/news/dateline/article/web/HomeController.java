package news.dateline.article.web;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleViews;
import news.dateline.country.CountryQueries;
import news.dateline.country.RelationQueries;
import news.dateline.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    static final int PAGE_SIZE = 20;

    private final ArticleQueries articles;

    private final RelationQueries relations;

    private final CountryQueries countries;

    private final ArticleHead head;

    HomeController(ArticleQueries articles, RelationQueries relations, CountryQueries countries, ArticleHead head) {
        this.head = head;
        this.articles = articles;
        this.relations = relations;
        this.countries = countries;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "page", defaultValue = "1") String pageParam, Model model) {
        int page = parsePage(pageParam);
        ArticleViews.Page latest = articles.latest(page, PAGE_SIZE);
        if (page > latest.totalPages()) {
            throw new NotFoundException("page " + page);
        }
        model.addAttribute("latest", latest);
        model.addAttribute("meta", head.home(latest));
        if (page == 1) {
            model.addAttribute("relations", relations.mostActive(6));
            model.addAttribute("activeCountries", countries.mostActive(8));
        }
        return "article/home";
    }

    private static int parsePage(String value) {
        try {
            int page = Integer.parseInt(value);
            if (page >= 1) {
                return page;
            }
        }
        catch (NumberFormatException e) {
            // falls through to the 404 below
        }
        throw new NotFoundException("page " + value);
    }

}
