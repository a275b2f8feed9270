package news.dateline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Unknown and deleted pages answer with the portal's own pages and the right status. */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(GoneException.class)
    ModelAndView gone() {
        return new ModelAndView("error/410", HttpStatus.GONE);
    }

}
