package news.dateline.article.web;

import java.time.Duration;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleViews;
import news.dateline.country.Flags;
import news.dateline.image.ShareCards;
import news.dateline.web.NotFoundException;
import news.dateline.web.Redirects;
import news.dateline.web.SiteProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The share card (og:image) of a published story without a lead image, at
 * {@code /images/cards/<slug>/<fingerprint>.png}: the fingerprint is the hash of what the
 * card shows, so the address changes with the headline and what is under it never does
 * (cached a year, immutable). An old fingerprint answers 301 to the story's current card.
 */
@Controller
class ShareCardController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final ArticleQueries articles;

    private final ShareCards cards;

    private final SiteProperties site;

    ShareCardController(ArticleQueries articles, ShareCards cards, SiteProperties site) {
        this.articles = articles;
        this.cards = cards;
        this.site = site;
    }

    /** What the card of this story shows. */
    static ShareCards.Card card(ArticleViews.Full article, String siteName) {
        String text = article.published().text();
        int comma = text.indexOf(',');
        String date = comma > 0 ? text.substring(0, comma) : text;
        return new ShareCards.Card(siteName, article.headline(), date,
                article.agencyFullName() != null ? article.agencyFullName() : article.agency(),
                article.countries()
                    .stream()
                    .limit(4)
                    .map(c -> new ShareCards.Place(c.name(), c.code() == null ? null : Flags.of(c.code())))
                    .toList());
    }

    /** The card's address. */
    static String path(ArticleViews.Full article, String siteName) {
        return "/images/cards/" + article.slug() + "/" + card(article, siteName).fingerprint() + ".png";
    }

    @GetMapping("/images/cards/{slug}/{fingerprint:[0-9a-f]{64}}.png")
    Object card(@PathVariable String slug, @PathVariable String fingerprint, WebRequest request) {
        String etag = "\"" + fingerprint.substring(0, 32) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).cacheControl(FOREVER).eTag(etag).build();
        }
        ArticleViews.Full article = articles.published(slug)
            .orElseThrow(() -> new NotFoundException("share card of " + slug));
        ShareCards.Card card = card(article, site.siteName());
        if (!card.fingerprint().equals(fingerprint)) {
            return Redirects.permanent(path(article, site.siteName()));
        }
        return ResponseEntity.ok()
            .cacheControl(FOREVER)
            .eTag(etag)
            .contentType(MediaType.IMAGE_PNG)
            .header("X-Content-Type-Options", "nosniff")
            .body(cards.png(card));
    }

}
