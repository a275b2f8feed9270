package news.dateline.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final LastModified lastModified;

    WebConfiguration(LastModified lastModified) {
        this.lastModified = lastModified;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(lastModified)
            .excludePathPatterns(
                    PageCache.ASSETS.stream().map(asset -> asset.endsWith("/") ? asset + "**" : asset).toList());
    }

    /**
     * Every template is an HTML page. Left alone, Thymeleaf guesses the content type from
     * the request's extension, so that the 404 page of an unknown
     * {@code /countries/x/feed.xml} went out as XML.
     */
    @Bean
    static BeanPostProcessor htmlViewsAreHtml() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setForceContentType(true);
                }
                return bean;
            }
        };
    }

    /** Browsers and crawlers still ask for /favicon.ico; the icon is an SVG. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/favicon.svg").setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }

}
