package news.dateline.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A story's time on a list as readers read it: "2 hours ago" for the last day, with the
 * full date as the {@code <time>}'s title and its exact moment as its {@code datetime};
 * the date as it is for anything older. Worked out when the page is rendered, from the
 * injected clock (templates call it as {@code @relativeTimes}): the page cache renders a
 * page again within a minute, so "minutes ago" stays true to the minute.
 */
@Component
public class RelativeTimes {

    private final Clock clock;

    RelativeTimes(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param text what the reader sees
     * @param datetime the {@code datetime} attribute
     * @param title the full date when {@code text} is relative, else null
     */
    public record Shown(String text, String datetime, @Nullable String title) {
    }

    public Shown of(DisplayTimes.Stamp stamp) {
        var at = stamp.at();
        if (at == null) {
            return new Shown(stamp.text(), stamp.machine(), null);
        }
        Duration age = Duration.between(at.toInstant(), clock.instant());
        if (age.isNegative() || age.compareTo(Duration.ofDays(1)) >= 0) {
            return new Shown(stamp.text(), stamp.machine(), null);
        }
        return new Shown(ago(age), at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), stamp.text());
    }

    /** "just now", "1 minute ago", "5 minutes ago", "1 hour ago", "23 hours ago". */
    static String ago(Duration age) {
        long minutes = age.toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
        }
        long hours = age.toHours();
        return hours == 1 ? "1 hour ago" : hours + " hours ago";
    }

}
