package news.dateline.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final LastModified lastModified;

    WebConfiguration(LastModified lastModified) {
        this.lastModified = lastModified;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(lastModified).excludePathPatterns("/css/**", "/favicon.svg", "/logo.png");
    }
}
