package news.dateline.seo;

import news.dateline.web.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Where a page's head starts: {@link #page(String)} gives a {@link PageMeta.Builder} with
 * one small function per field (title, description, canonical, robots, feeds, prev/next,
 * JSON-LD), in the manner of Ghost's metadata helpers. Each feature's {@code web} package
 * builds its own pages' heads.
 */
@Component
public class PageMetas {

    public static final int DESCRIPTION_LENGTH = 160;

    private final SiteProperties site;

    private final StructuredData data;

    PageMetas(SiteProperties site, StructuredData data) {
        this.site = site;
        this.data = data;
    }

    /**
     * The head of the page at this path (its canonical address), to be filled field by
     * field.
     */
    public PageMeta.Builder page(String path) {
        return new PageMeta.Builder(site, data, path);
    }

    /** The name of a feed of a page, as {@link PageMeta.Builder#feed} announces it. */
    public String feedTitle(String name) {
        return name + " · " + site.siteName();
    }

    static PageMeta.Feed siteFeed(SiteProperties site) {
        return new PageMeta.Feed(site.siteName() + ": latest stories", site.absolute("/feed.xml"));
    }

    /** At most {@value #DESCRIPTION_LENGTH} characters, cut at a word. */
    public static String trim(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > 60 ? cut : DESCRIPTION_LENGTH - 1).replaceAll("[,;:.\\s]+$", "") + "…";
    }

}
