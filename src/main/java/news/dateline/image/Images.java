package news.dateline.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import news.dateline.shared.Picture;
import news.dateline.shared.SqlTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded images: checked by content ({@link UploadCheck}), resized once into the
 * {@link Picture#WIDTHS}, and kept in PostgreSQL under the SHA-256 of the uploaded bytes,
 * so that the same file uploaded twice is kept once and every node serves it. Nothing is
 * written for a refused file. The checks and the resizing run before the transaction,
 * which then only inserts.
 */
@Service
public class Images {

    static {
        // decode in memory: no temporary files per upload
        ImageIO.setUseCache(false);
    }

    /** An image kept: its address, size and the format of its variants. */
    public record Stored(String sha256, int width, int height, String format) {
    }

    /** What came of an upload. */
    public sealed interface Upload {

        /** Taken (or already there): the image's hash and size. */
        record Taken(Stored image) implements Upload {
        }

        /** Refused: what to tell the editor. Nothing was stored. */
        record Refused(String message) implements Upload {
        }

    }

    /** A variant's bytes and content type. */
    public record Variant(byte[] bytes, String contentType) {
    }

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final ImageProperties properties;

    private final UploadCheck check;

    private final Clock clock;

    Images(JdbcClient jdbc, PlatformTransactionManager transactions, ImageProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
        this.check = new UploadCheck(properties.maxPixels());
        this.clock = clock;
    }

    /** The largest file taken, in bytes. */
    public long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    /**
     * Takes an uploaded file when it is a JPEG, PNG or WebP image within the limits, else
     * says why not. {@code size} is the size the upload declared: a larger file than the
     * limit is refused without being read.
     */
    public Upload upload(@Nullable String fileName, long size, InputStream content) throws IOException {
        long limit = maxUploadBytes();
        if (size > limit) {
            return new Upload.Refused(tooLarge(size, limit));
        }
        byte[] bytes = content.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            return new Upload.Refused(tooLarge(bytes.length, limit));
        }
        if (bytes.length == 0) {
            return new Upload.Refused("The file is empty: choose a JPEG, PNG or WebP image.");
        }
        UploadCheck.Decoded decoded;
        try {
            decoded = check.check(bytes, fileName);
        }
        catch (UploadCheck.Refused refused) {
            return new Upload.Refused(refused.getMessage());
        }
        String hash = sha256(bytes);
        Optional<Stored> known = find(hash);
        if (known.isPresent()) {
            // uploaded again: its grace period before an unused image is removed starts
            // again
            jdbc.sql("update image set created_at = ? where sha256 = ?").params(SqlTime.now(clock), hash).update();
            return new Upload.Taken(known.get());
        }
        BufferedImage pixels = decoded.pixels();
        boolean alpha = pixels.getColorModel().hasAlpha();
        String format = alpha ? "png" : "jpg";
        Map<Integer, byte[]> variants = new LinkedHashMap<>();
        for (int width : Picture.widthsFor(pixels.getWidth())) {
            BufferedImage scaled = Resizer.scale(pixels, width, alpha);
            variants.put(width, alpha ? Resizer.png(scaled) : Resizer.jpeg(scaled, properties.jpegQuality()));
        }
        Stored stored = new Stored(hash, pixels.getWidth(), pixels.getHeight(), format);
        transactions.executeWithoutResult(status -> {
            int inserted = jdbc
                .sql("""
                        insert into image (sha256, media_type, width, height, variant_format, byte_size, original, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (sha256) do nothing""")
                .params(hash, decoded.kind().mediaType, stored.width(), stored.height(), format, bytes.length, bytes,
                        SqlTime.now(clock))
                .update();
            if (inserted == 1) {
                variants.forEach((width, variant) -> jdbc
                    .sql("insert into image_variant (image_sha256, width, height, bytes) values (?, ?, ?, ?)")
                    .params(hash, width, Math.max(1, Math.round((float) stored.height() * width / stored.width())),
                            variant)
                    .update());
            }
        });
        return new Upload.Taken(stored);
    }

    /** How many unused images one round of {@link #removeUnused} removes at most. */
    static final int REMOVED_PER_ROUND = 500;

    /**
     * Removes the images (with their variants) last uploaded before
     * {@code uploadedBefore} that no story uses as its lead image, whatever its status,
     * and that are not among {@code keep} (the images of work in progress): uploads
     * abandoned or replaced. An image a story uses is never removed (the story row's
     * foreign key would refuse it anyway). Runs in the caller's transaction; at most
     * {@value #REMOVED_PER_ROUND} a round.
     * @return the hashes removed
     */
    public List<String> removeUnused(Instant uploadedBefore, Collection<String> keep) {
        return jdbc.sql("""
                delete from image i
                where i.sha256 in (select u.sha256 from image u
                                   where u.created_at < ? and u.sha256 <> all(?)
                                     and not exists (select 1 from article a where a.lead_image = u.sha256)
                                   order by u.created_at limit ?
                                   for update skip locked)
                returning i.sha256""")
            .params(java.sql.Timestamp.from(uploadedBefore), keep.toArray(String[]::new), REMOVED_PER_ROUND)
            .query(String.class)
            .list()
            .stream()
            .map(String::strip)
            .toList();
    }

    /** An image kept under this hash. */
    public Optional<Stored> find(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return jdbc.sql("select sha256, width, height, variant_format from image where sha256 = ?")
            .param(sha256)
            .query((rs, n) -> new Stored(rs.getString(1).strip(), rs.getInt(2), rs.getInt(3), rs.getString(4)))
            .optional();
    }

    /** The variant of this width, when the image has one in this format. */
    public Optional<Variant> variant(String sha256, int width, String format) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select v.bytes from image_variant v join image i on i.sha256 = v.image_sha256
                where v.image_sha256 = ? and v.width = ? and i.variant_format = ?""")
            .params(sha256, width, format)
            .query((rs, n) -> new Variant(rs.getBytes(1), "png".equals(format) ? "image/png" : "image/jpeg"))
            .optional();
    }

    static String tooLarge(long size, long limit) {
        return String.format(Locale.ENGLISH,
                "This file is %.1f MB; the largest image taken is %.0f MB. Resize or compress it and upload it again.",
                size / 1048576.0, limit / 1048576.0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
