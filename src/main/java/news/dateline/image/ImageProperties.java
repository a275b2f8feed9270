package news.dateline.image;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of uploaded images ({@code dateline.images.*}).
 *
 * @param maxUploadSize the largest file taken; a larger one is refused with its size and
 * this limit, and the form keeps what was typed (the servlet's own multipart limit,
 * {@code spring.servlet.multipart.max-file-size}, must be larger, else the whole post is
 * refused before the form can be shown again)
 * @param maxPixels the most pixels (width × height) an image may have: checked from its
 * header before it is decoded, so a small file that would unpack into gigabytes (a
 * decompression bomb) is refused without unpacking it
 * @param jpegQuality the quality of the resized JPEG variants, 0 to 1
 * @param orphanGrace how long an uploaded image no story uses is kept (the editor may
 * still be writing the story) before it is removed
 * @param cleanupInterval the pause between two rounds of removing unused images
 */
@ConfigurationProperties("dateline.images")
public record ImageProperties(@DefaultValue("10MB") DataSize maxUploadSize, @DefaultValue("40000000") long maxPixels,
        @DefaultValue("0.82") float jpegQuality, @DefaultValue("24h") Duration orphanGrace,
        @DefaultValue("1h") Duration cleanupInterval) {
}
