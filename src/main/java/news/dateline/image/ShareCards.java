package news.dateline.image;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The share card of a story without a lead image: a 1200 × 630 PNG with the site's name,
 * the headline, the date, the agency and the countries with their flags (the site's SVG
 * flags, rendered by JSVG), drawn with Java2D on the server once per content and kept in
 * {@code share_card} under the SHA-256 of what it shows (its fingerprint, which is also
 * in its address): a changed headline is a new card at a new address, and every node
 * serves the one kept.
 */
@Service
public class ShareCards {

    /** The card's size, Open Graph's recommended one. */
    public static final int WIDTH = 1200;

    public static final int HEIGHT = 630;

    /** What a card shows. */
    public record Card(String site, String headline, String date, @Nullable String agency, List<Place> places) {

        /** The SHA-256 of what the card shows (and of its layout's version), in hex. */
        public String fingerprint() {
            String text = String.join("\n", "card-v2", site, headline, date, agency == null ? "" : agency,
                    String.join("|", places.stream().map(p -> p.name() + " " + p.flag()).toList()));
            return Images.sha256(text.getBytes(StandardCharsets.UTF_8));
        }

    }

    /**
     * A country on the card: its name and the address of its flag among the site's assets
     * ({@code /flags/la.svg}, see {@code country.Flags}), or null for none.
     */
    public record Place(String name, @Nullable String flag) {
    }

    /** A flag's address: one of the site's own 4:3 SVG flags. */
    private static final Pattern FLAG = Pattern.compile("/flags/[a-z]{2}\\.svg");

    /** The flag's height on the card; its width is 4:3 of it. */
    static final int FLAG_HEIGHT = 30;

    private static final Map<String, Optional<SVGDocument>> FLAGS = new ConcurrentHashMap<>();

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
                drawPlaces(g, card.places(), left, HEIGHT - 38, WIDTH - left);
            }
        }
        finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The countries on one line from {@code left} to {@code right}, each after its flag,
     * the last that does not fit cut with "…".
     */
    static void drawPlaces(Graphics2D g, List<Place> places, int left, int baseline, int right) {
        FontMetrics metrics = g.getFontMetrics();
        int flagWidth = FLAG_HEIGHT * 4 / 3;
        int x = left;
        for (Place place : places) {
            Optional<SVGDocument> flag = place.flag() == null ? Optional.empty() : flag(place.flag());
            if (x > left) {
                if (flag.isPresent()) {
                    x += 28;
                }
                else {
                    g.drawString(" · ", x, baseline);
                    x += metrics.stringWidth(" · ");
                }
            }
            if (flag.isPresent()) {
                if (x + flagWidth + 10 + metrics.stringWidth("M…") > right) {
                    g.drawString("…", x, baseline);
                    return;
                }
                int top = baseline - FLAG_HEIGHT + 4;
                Graphics2D flagGraphics = (Graphics2D) g.create();
                try {
                    flagGraphics.translate(x, top);
                    flagGraphics.clipRect(0, 0, flagWidth, FLAG_HEIGHT);
                    flag.get().render((Component) null, flagGraphics, new ViewBox(0, 0, flagWidth, FLAG_HEIGHT));
                }
                finally {
                    flagGraphics.dispose();
                }
                g.setColor(new Color(0x5a, 0x6a, 0x7a));
                g.setStroke(new BasicStroke(1));
                g.drawRect(x, top, flagWidth - 1, FLAG_HEIGHT - 1);
                g.setColor(new Color(0xdd, 0xe3, 0xe8));
                x += flagWidth + 10;
            }
            String name = fit(place.name(), metrics, right - x);
            g.drawString(name, x, baseline);
            x += metrics.stringWidth(name);
            if (!name.equals(place.name())) {
                return;
            }
        }
    }

    /**
     * The flag's SVG, read once; empty for an address that is not one of the site's
     * flags.
     */
    static Optional<SVGDocument> flag(String address) {
        if (!FLAG.matcher(address).matches()) {
            return Optional.empty();
        }
        return FLAGS.computeIfAbsent(address, a -> {
            URL url = ShareCards.class.getResource("/static" + a);
            return url == null ? Optional.empty() : Optional.ofNullable(new SVGLoader().load(url));
        });
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
