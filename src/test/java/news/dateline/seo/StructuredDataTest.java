package news.dateline.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import news.dateline.web.SiteProperties;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD of the home page's head is the same text on every node and after every
 * start: its properties come in the order they were written, so the page's bytes and its
 * ETag do not change with the JVM.
 */
class StructuredDataTest {

    private final StructuredData data = new StructuredData(
            new SiteProperties("https://news.example", "Dateline", "desk@news.example"));

    @Test
    void theSiteAndItsPublisherAreWrittenInTheirOwnOrder() {
        List<String> json = StructuredData.graph(List.of(data.webSite(), data.publisher()));

        assertThat(json.get(0)).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\","
                + "\"@id\":\"https://news.example/#website\",\"name\":\"Dateline\",\"url\":\"https://news.example/\","
                + "\"publisher\":{\"@id\":\"https://news.example/#organization\"},"
                + "\"potentialAction\":{\"@type\":\"SearchAction\",\"target\":{\"@type\":\"EntryPoint\","
                + "\"urlTemplate\":\"https://news.example/search?q={search_term_string}\"},"
                + "\"query-input\":\"required name=search_term_string\"}}");
        assertThat(json.get(1))
            .endsWith("\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://news.example/logo.png\","
                    + "\"width\":512,\"height\":512}}");
    }

    @Test
    void aThingWithoutTheValueOfItsLastPropertyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> StructuredData.thing("Place", "name"))
            .withMessageContaining("name");
    }

}
