package news.dateline.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The share card of a story without a lead image: a 1200 × 630 PNG with the site's name,
 * the headline, the date, the agency and the countries, drawn with Java2D on the server
 * once per content and kept in {@code share_card} under the SHA-256 of what it shows (its
 * fingerprint, which is also in its address): a changed headline is a new card at a new
 * address, and every node serves the one kept.
 */
@Service
public class ShareCards {

    /** The card's size, Open Graph's recommended one. */
    public static final int WIDTH = 1200;

    public static final int HEIGHT = 630;

    /** What a card shows. */
    public record Card(String site, String headline, String date, @Nullable String agency, List<String> places) {

        /** The SHA-256 of what the card shows (and of its layout's version), in hex. */
        public String fingerprint() {
            String text = String.join("\n", "card-v1", site, headline, date, agency == null ? "" : agency,
                    String.join("|", places));
            return Images.sha256(text.getBytes(StandardCharsets.UTF_8));
        }

    }

    private final JdbcClient jdbc;

    ShareCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The card's PNG: the kept one, else drawn now and kept. */
    @Transactional
    public byte[] png(Card card) {
        String fingerprint = card.fingerprint();
        Optional<byte[]> kept = jdbc.sql("select png from share_card where fingerprint = ?")
            .param(fingerprint)
            .query(byte[].class)
            .optional();
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] png = Resizer.png(draw(card));
        jdbc.sql("insert into share_card (fingerprint, png) values (?, ?) on conflict (fingerprint) do nothing")
            .params(fingerprint, png)
            .update();
        return png;
    }

    static BufferedImage draw(Card card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(new Color(0x15, 0x20, 0x2b));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xc0, 0x39, 0x2b));
            g.fillRect(0, 0, WIDTH, 14);
            int left = 72;
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SERIF, Font.BOLD, 40));
            g.drawString(card.site(), left, 96);
            Font headlineFont = new Font(Font.SERIF, Font.BOLD, 60);
            List<String> lines = wrap(card.headline(), g.getFontMetrics(headlineFont), WIDTH - 2 * left, 4);
            if (lines.size() > 3) {
                headlineFont = new Font(Font.SERIF, Font.BOLD, 48);
                lines = wrap(card.headline(), g.getFontMetrics(headlineFont), WIDTH - 2 * left, 5);
            }
            g.setFont(headlineFont);
            FontMetrics metrics = g.getFontMetrics();
            int y = 190 + metrics.getAscent() / 2;
            for (String line : lines) {
                g.drawString(line, left, y);
                y += metrics.getHeight();
            }
            g.setColor(new Color(0x5a, 0x6a, 0x7a));
            g.setStroke(new BasicStroke(2));
            g.drawLine(left, HEIGHT - 130, WIDTH - left, HEIGHT - 130);
            g.setColor(new Color(0xdd, 0xe3, 0xe8));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
            String byline = card.date() + (card.agency() == null ? "" : " · " + card.agency());
            g.drawString(fit(byline, g.getFontMetrics(), WIDTH - 2 * left), left, HEIGHT - 82);
            if (!card.places().isEmpty()) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
                g.drawString(fit(String.join(" · ", card.places()), g.getFontMetrics(), WIDTH - 2 * left), left,
                        HEIGHT - 38);
            }
        }
        finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The text in lines no wider than {@code width}, at most {@code max}, the last cut
     * with "…".
     */
    static List<String> wrap(String text, FontMetrics metrics, int width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(tried) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            }
            else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > max) {
            List<String> kept = new ArrayList<>(lines.subList(0, max));
            kept.set(max - 1, fit(kept.get(max - 1) + " …", metrics, width));
            return kept;
        }
        return lines.stream().map(l -> fit(l, metrics, width)).toList();
    }

    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

}
