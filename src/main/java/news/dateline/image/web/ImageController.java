package news.dateline.image.web;

import java.time.Duration;
import news.dateline.image.Images;
import news.dateline.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The resized variants of uploaded images, at addresses carrying the image's SHA-256:
 * what is under an address never changes, so it is cached for a year and marked
 * immutable; its ETag is the address's own fingerprint, so a revalidation answers 304
 * without reading the database. Never the uploaded file itself: only the variants, which
 * were decoded and encoded again here (no metadata, nothing hidden after the image).
 */
@Controller
class ImageController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final Images images;

    ImageController(Images images) {
        this.images = images;
    }

    @GetMapping("/images/{hash:[0-9a-f]{64}}/{width:[0-9]{2,4}}.{format:jpg|png}")
    ResponseEntity<byte[]> variant(@PathVariable String hash, @PathVariable int width, @PathVariable String format,
            WebRequest request) {
        String etag = "\"" + hash.substring(0, 32) + "-" + width + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).cacheControl(FOREVER).eTag(etag).build();
        }
        Images.Variant variant = images.variant(hash, width, format)
            .orElseThrow(() -> new NotFoundException("image " + hash + " at " + width));
        return ResponseEntity.ok()
            .cacheControl(FOREVER)
            .eTag(etag)
            .contentType(MediaType.parseMediaType(variant.contentType()))
            .header("X-Content-Type-Options", "nosniff")
            .body(variant.bytes());
    }

}
