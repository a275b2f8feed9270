package news.dateline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Unknown and deleted pages answer with the portal's own pages and the right status. */
@ControllerAdvice
class ErrorPages {

    private final org.springframework.beans.factory.ObjectProvider<Headlines> headlines;

    ErrorPages(org.springframework.beans.factory.ObjectProvider<Headlines> headlines) {
        this.headlines = headlines;
    }

    /** The 404 page offers a search and the latest headlines (from the reader cache). */
    @ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
    ModelAndView notFound() {
        var page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        Headlines source = headlines.getIfAvailable();
        page.addObject("headlines", source == null ? java.util.List.of() : source.latest(5));
        return page;
    }

    @ExceptionHandler(GoneException.class)
    ModelAndView gone() {
        return new ModelAndView("error/410", HttpStatus.GONE);
    }

}
