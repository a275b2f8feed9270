package news.dateline.web;

import java.util.List;

/**
 * The latest headlines, for a page no feature owns (the 404 page offers them): the
 * article module provides them; {@code web} imports no feature.
 */
public interface Headlines {

    /** The latest published stories, newest first, at most {@code count}. */
    List<Headline> latest(int count);

    /** A story's headline and its address. */
    record Headline(String headline, String url) {
    }

}
