package news.dateline.newsroom;

import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After an editor changed their own password: every other session of the account ends
 * once the change is saved (someone who knew the old password is logged out), the one the
 * editor typed it in goes on.
 */
@Component
@ConditionalOnWebApplication
class OwnPasswordSessions {

    private final SessionRegistry sessions;

    OwnPasswordSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OwnPasswordChanged changed) {
        if (!(sessions instanceof SessionRegistryImpl)) {
            // Spring Session finds them by the principal's name, on whichever node they
            // were opened
            sessions.getAllSessions(changed.username(), false)
                .stream()
                .filter(session -> !Objects.equals(session.getSessionId(), changed.sessionId()))
                .forEach(SessionInformation::expireNow);
            return;
        }
        sessions.getAllPrincipals()
            .stream()
            .filter(principal -> principal instanceof UserDetails user
                    && user.getUsername().equalsIgnoreCase(changed.username()))
            .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
            .filter(session -> !Objects.equals(session.getSessionId(), changed.sessionId()))
            .forEach(SessionInformation::expireNow);
    }

}
