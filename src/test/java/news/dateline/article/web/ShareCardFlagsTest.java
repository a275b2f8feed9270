package news.dateline.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.article.ArticleQueries;
import news.dateline.image.ShareCards;
import news.dateline.support.DatelineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The share card of a seed story names its countries with their flags. */
@DatelineTest
class ShareCardFlagsTest {

    @Autowired
    ArticleQueries articles;

    @Test
    void theCardOfAStoryCarriesItsCountriesFlags() {
        var article = articles.published("laos-and-azerbaijan-hold-first-political-consultation-to-boost-ties")
            .orElseThrow();

        var card = ShareCardController.card(article, "Dateline");

        assertThat(card.places()).containsExactlyInAnyOrder(new ShareCards.Place("Laos", "/flags/la.svg"),
                new ShareCards.Place("Azerbaijan", "/flags/az.svg"));
    }

}
