package news.dateline.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A story's lead image as pages show it: the image's hash (its address), its size, the
 * format of its resized variants, and the words that go with it. Pages link the variants
 * at fingerprinted addresses ({@code /images/<sha256>/<width>.jpg}), which never change,
 * and give their width and height so that nothing moves while they load.
 *
 * @param hash the SHA-256 of the uploaded bytes, in hex
 * @param width the uploaded image's width in pixels
 * @param height the uploaded image's height in pixels
 * @param format {@code jpg} or {@code png}, the variants' format
 * @param alt what the image shows, for a reader who cannot see it
 * @param caption the caption, or null
 * @param credit the photographer or agency, or null
 */
public record Picture(String hash, int width, int height, String format, String alt, @Nullable String caption,
        @Nullable String credit) {

    /** The widths every image is resized to once, at upload (those below its own). */
    public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280);

    /** The width a thumbnail in a list is shown at, in CSS pixels. */
    public static final int THUMBNAIL = 160;

    /**
     * The width of the small thumbnail beside a headline in a plain list of links (a
     * country's, person's, event's or relation's stories, related news), in CSS pixels.
     */
    public static final int SMALL_THUMBNAIL = 80;

    /**
     * A story's lead image, read from its own {@code article} row (aliased {@code a}): a
     * list's thumbnails come in the list's own statement, never a query per row. Read
     * back with {@link #from(ResultSet)}.
     */
    public static final String COLUMNS = """
            a.lead_image, a.lead_image_width, a.lead_image_height, a.lead_image_format, a.lead_image_alt,
            a.photo_caption as lead_image_caption, a.lead_image_credit""";

    /**
     * The widths this image has variants at: the standard widths below its own, and its
     * own width when that is at most the largest.
     */
    public static List<Integer> widthsFor(int width) {
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        if (width <= WIDTHS.getLast()) {
            widths.add(width);
        }
        return widths;
    }

    public List<Integer> widths() {
        return widthsFor(width);
    }

    /** The address of the variant of this width. */
    public String url(int variantWidth) {
        return "/images/" + hash + "/" + variantWidth + "." + format;
    }

    /** The largest variant: the article's {@code src}, its og:image. */
    public int largest() {
        return widths().getLast();
    }

    public String src() {
        return url(largest());
    }

    /** The height of the variant of this width (the aspect ratio kept). */
    public int heightAt(int variantWidth) {
        return Math.max(1, Math.round((float) height * variantWidth / width));
    }

    public int largestHeight() {
        return heightAt(largest());
    }

    /** {@code srcset}: every variant with its width. */
    public String srcset() {
        return widths().stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The smallest variant at least twice the thumbnail's width (sharp on a phone). */
    public String thumbnailSrc() {
        return url(widths().stream().filter(w -> w >= 2 * THUMBNAIL).findFirst().orElse(largest()));
    }

    /** The thumbnail's height at {@link #THUMBNAIL} wide. */
    public int thumbnailHeight() {
        return heightAt(THUMBNAIL);
    }

    /** The small thumbnail's height at {@link #SMALL_THUMBNAIL} wide. */
    public int smallThumbnailHeight() {
        return heightAt(SMALL_THUMBNAIL);
    }

    /**
     * The lead image of a row read with {@link #COLUMNS}, or null when the story has
     * none.
     */
    public static @Nullable Picture from(ResultSet rs) throws SQLException {
        return of(rs.getString("lead_image"), rs.getInt("lead_image_width"), rs.getInt("lead_image_height"),
                rs.getString("lead_image_format"), rs.getString("lead_image_alt"), rs.getString("lead_image_caption"),
                rs.getString("lead_image_credit"));
    }

    /**
     * The picture from a row's columns, or null when the story has none.
     */
    public static @Nullable Picture of(@Nullable String hash, int width, int height, @Nullable String format,
            @Nullable String alt, @Nullable String caption, @Nullable String credit) {
        if (hash == null || format == null) {
            return null;
        }
        return new Picture(hash.strip(), width, height, format, alt == null ? "" : alt, caption, credit);
    }

}
