package news.dateline.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as the PostgreSQL driver binds them to timestamptz parameters. */
public final class SqlTime {

    private SqlTime() {
    }

    public static OffsetDateTime now(Clock clock) {
        return of(clock.instant());
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

}
