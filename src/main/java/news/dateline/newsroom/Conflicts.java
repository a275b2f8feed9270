package news.dateline.newsroom;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.dateline.event.EventClaims;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicting facts in the newsroom (issue 11.7): the events whose stories disagree on
 * their day or place, and an editor's settlement of one, recorded in the audit log with
 * the claims as they stood (the claims themselves stay with their stories).
 */
@Service
public class Conflicts {

    private final EventClaims claims;

    private final AuditLog audit;

    Conflicts(EventClaims claims, AuditLog audit) {
        this.claims = claims;
        this.audit = audit;
    }

    public List<EventClaims.Conflict> open() {
        return claims.open();
    }

    /**
     * Settles an event's conflict with the day and place chosen (each null to keep the
     * event's own); empty when there is no such event.
     */
    @Transactional
    public Optional<EventClaims.Settled> settle(long eventId, LocalDate date, String place, String editor) {
        Optional<EventClaims.Settled> settled = claims.settle(eventId, date, place, editor);
        settled.ifPresent(s -> audit.record(editor, "SETTLE", "EVENT", eventId,
                "settled " + s.title() + ": " + (s.date() == null ? "day kept" : "day " + s.date())
                        + (s.place() == null ? ", place kept" : ", place " + s.place()) + "; claims: " + s.claims()));
        return settled;
    }

}
