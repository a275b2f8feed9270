package news.dateline.newsroom.web;

import java.util.List;
import news.dateline.newsroom.StoryForm;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler's {@link StoryForm} parameter is read from the posted fields by
 * {@link StoryForm#fromFields}, the one reader of the names the browser posts (a rescued
 * post of an expired session is read by it too). Nothing typed can fail to bind: every
 * value is kept as a string, and the validator says what is wrong.
 */
@Configuration(proxyBeanMethods = false)
class StoryFormArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == StoryForm.class;
    }

    @Override
    public StoryForm resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        return StoryForm.fromFields(request.getParameterMap());
    }

}
