package news.dateline.country.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import news.dateline.country.LocatorMaps;
import news.dateline.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A country's locator map as a picture of its own, {@code /maps/la.svg}: the same for
 * every page of the country (its timeline's periods, its older stories), so a browser
 * fetches it once, and the country page is a third lighter (the United States' 57 KB page
 * held 15 KB of outlines). Its only style is its own, allowed by its hash; it holds no
 * script and no link. Cached as the site's other pictures are (web.HttpCaching), kept by
 * the page cache as a file of the jar. A relation's map of both countries is
 * {@code /maps/ru-us.svg}.
 */
@Controller
class LocatorMapController {

    static final String POLICY = "default-src 'none'; style-src '" + sha256(LocatorMaps.STYLE) + "'";

    private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    @GetMapping("/maps/{code:[a-z]{2}}.svg")
    ResponseEntity<String> map(@PathVariable String code) {
        String picture = LocatorMaps.picture(code).orElseThrow(() -> new NotFoundException("no map of " + code));
        return ResponseEntity.ok().contentType(SVG).header("Content-Security-Policy", POLICY).body(picture);
    }

    /** Two countries on one map, a relation's: {@code /maps/ru-us.svg}. */
    @GetMapping("/maps/{a:[a-z]{2}}-{b:[a-z]{2}}.svg")
    ResponseEntity<String> pair(@PathVariable String a, @PathVariable String b) {
        String picture = LocatorMaps.pairPicture(a, b)
            .orElseThrow(() -> new NotFoundException("no map of " + a + " and " + b));
        return ResponseEntity.ok().contentType(SVG).header("Content-Security-Policy", POLICY).body(picture);
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
