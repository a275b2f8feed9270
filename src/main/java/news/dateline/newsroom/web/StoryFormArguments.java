package news.dateline.newsroom.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import news.dateline.image.Images;
import news.dateline.newsroom.StoryForm;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler's {@link StoryForm} parameter is read from the posted fields by
 * {@link StoryForm#fromFields}, the one reader of the names the browser posts (a rescued
 * post of an expired session is read by it too). Nothing typed can fail to bind: every
 * value is kept as a string, and the validator says what is wrong. A file chosen as the
 * lead image is uploaded here, for every button.
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

    private final Images images;

    StoryFormArguments(@Lazy Images images) {
        this.images = images;
    }

    @Override
    public StoryForm resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        StoryForm form = StoryForm.fromFields(request.getParameterMap());
        MultipartRequest multipart = request.getNativeRequest(MultipartRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("imageFile");
        if (file == null
                || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return form;
        }
        return form.withImage(upload(form.image(), file));
    }

    /**
     * The file chosen in the form's image input, checked and kept: the form then carries
     * its hash, whichever button was pressed; a refused file leaves the form as typed,
     * with the reason beside the image input.
     */
    private StoryForm.LeadImage upload(StoryForm.LeadImage image, MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            return switch (images.upload(file.getOriginalFilename(), file.getSize(), content)) {
                case Images.Upload.Taken taken -> image.uploaded(taken.image().sha256());
                case Images.Upload.Refused refused -> image.refusedFor(refused.message());
            };
        }
        catch (IOException e) {
            return image.refusedFor("The file could not be read: upload it again.");
        }
    }

}
