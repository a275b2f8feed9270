package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A module's own answer to a request that failed because the database could not be
 * reached before any controller could handle it (the session or security filters need the
 * database too). {@link DatabaseUnavailable} asks each one, in order, before it sends its
 * "back in a moment" page; an answer must not need the database.
 */
public interface DatabaseAwayAnswer {

    /**
     * Answers the request if it is one of this module's, on a response that has been
     * reset, and says whether it did. The status, {@code Retry-After} and
     * {@code Cache-Control: no-store} are already set.
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException;

}
