package news.dateline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page that existed and was deleted on purpose: answered 410 so that search engines
 * drop it.
 */
@ResponseStatus(HttpStatus.GONE)
public class GoneException extends RuntimeException {

    public GoneException(String what) {
        super(what);
    }

}
