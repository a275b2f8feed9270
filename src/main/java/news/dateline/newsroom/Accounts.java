package news.dateline.newsroom;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' accounts: stored in PostgreSQL with hashed passwords (Spring Security's
 * delegating encoder).
 */
@Service
public class Accounts implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final EditorRepository editors;

    private final PasswordEncoder passwords;

    private final AuditLog audit;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Accounts(EditorRepository editors, PasswordEncoder passwords, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.editors = editors;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public record Account(String username, String displayName, Role role, boolean enabled, String createdAt) {
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Editor editor = editors.findByUsernameIgnoreCase(username.strip())
            .orElseThrow(() -> new UsernameNotFoundException("no such editor"));
        return User.withUsername(editor.username())
            .password(editor.passwordHash())
            .authorities(editor.role() == Role.ADMIN
                    ? List.of(new SimpleGrantedAuthority("ROLE_EDITOR"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                    : List.of(new SimpleGrantedAuthority("ROLE_EDITOR")))
            .disabled(!editor.enabled())
            .build();
    }

    @Transactional(readOnly = true)
    public boolean anyAccount() {
        return editors.count() > 0;
    }

    /** One account, for its page. */
    @Transactional(readOnly = true)
    public java.util.Optional<Account> find(String username) {
        return editors.findByUsernameIgnoreCase(username).map(Accounts::account);
    }

    /**
     * Lets the account log in again, or no longer. An admin cannot disable their own
     * account, so that there is always an admin who can undo it.
     */
    @Transactional
    public void setEnabled(String actor, String username, boolean enabled) {
        Editor editor = other(actor, username, "disable");
        editor.enable(enabled);
        audit.record(actor, enabled ? "ENABLED" : "DISABLED", "ACCOUNT", editor.id(), editor.username());
        events.publishEvent(new AccountChanged(editor.username()));
    }

    /** Makes the account an editor or an admin; not one's own, for the same reason. */
    @Transactional
    public void setRole(String actor, String username, Role role) {
        Editor editor = other(actor, username, "change the role of");
        editor.changeRole(role);
        audit.record(actor, "ROLE_CHANGED", "ACCOUNT", editor.id(), editor.username() + " is now " + role);
        events.publishEvent(new AccountChanged(editor.username()));
    }

    /**
     * Sets a new password, for an editor who lost theirs (the admin hands it over in
     * person). Not one's own: that is {@link #changeOwnPassword}, which asks for the
     * current one.
     */
    @Transactional
    public void setPassword(String actor, String username, String password) {
        Editor editor = editors.findByUsernameIgnoreCase(username)
            .orElseThrow(() -> new InvalidAccountException("account", "There is no account named " + username + "."));
        if (editor.username().equalsIgnoreCase(actor)) {
            throw new InvalidAccountException("password",
                    "Change your own password on your own page, “Your password”, with your current one.");
        }
        checkPassword(password, editor.username(), editor.displayName());
        editor.changePassword(passwords.encode(password));
        audit.record(actor, "PASSWORD_SET", "ACCOUNT", editor.id(), editor.username());
        events.publishEvent(new AccountChanged(editor.username()));
    }

    /**
     * Whether the account must choose its own password before anything else (the first
     * admin's printed one-time password).
     */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return editors.findByUsernameIgnoreCase(username).map(Editor::mustChangePassword).orElse(false);
    }

    /**
     * An editor changes their own password, typing the current one. The account's other
     * sessions end (see {@link OwnPasswordChanged}); the one it was typed in goes on.
     * @throws InvalidAccountException at {@code current} when the current password is
     * wrong, at {@code password} when the new one is refused or the two new ones differ
     */
    @Transactional
    public void changeOwnPassword(String username, String current, String password, String repeated, String sessionId) {
        Editor editor = editors.findByUsernameIgnoreCase(username)
            .orElseThrow(() -> new InvalidAccountException("current", "There is no account named " + username + "."));
        if (current == null || !passwords.matches(current, editor.passwordHash())) {
            throw new InvalidAccountException("current", "That is not your current password.");
        }
        checkPassword(password, editor.username(), editor.displayName());
        if (!password.equals(repeated)) {
            throw new InvalidAccountException("repeated", "The two new passwords differ: type the same one twice.");
        }
        if (password.equals(current)) {
            throw new InvalidAccountException("password", "Choose a new password, not the current one.");
        }
        editor.changePassword(passwords.encode(password));
        editor.requirePasswordChange(false);
        audit.record(editor.username(), "PASSWORD_CHANGED", "ACCOUNT", editor.id(), editor.username() + " (own)");
        events.publishEvent(new OwnPasswordChanged(editor.username(), sessionId));
    }

    /**
     * The first admin with a one-time password: they must choose their own at their first
     * login.
     */
    @Transactional
    public void createWithOneTimePassword(String actor, String username, String displayName, String password,
            Role role) {
        create(actor, username, displayName, password, role);
        editors.findByUsernameIgnoreCase(username).ifPresent(editor -> editor.requirePasswordChange(true));
    }

    private Editor other(String actor, String username, String doing) {
        Editor editor = editors.findByUsernameIgnoreCase(username)
            .orElseThrow(() -> new InvalidAccountException("account", "There is no account named " + username + "."));
        if (editor.username().equalsIgnoreCase(actor)) {
            throw new InvalidAccountException("account",
                    "You cannot " + doing + " your own account: ask another admin.");
        }
        return editor;
    }

    /**
     * A password of 12 to 72 bytes that is not too easy to guess
     * ({@link PasswordStrength}): for every way a password is set (the accounts page,
     * {@code create-user}, the first admin from the environment).
     */
    private static void checkPassword(String password, String username, String displayName) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("password",
                    "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidAccountException("password", "A password has at most " + MAX_PASSWORD_BYTES
                    + " bytes (72 plain letters and digits, fewer accented or non-Latin ones).");
        }
        String weakness = PasswordStrength.weakness(password, username, displayName);
        if (weakness != null) {
            throw new InvalidAccountException("password", weakness);
        }
    }

    private static Account account(Editor e) {
        return new Account(e.username(), e.displayName(), e.role(), e.enabled(),
                e.createdAt().toString().substring(0, 10));
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return editors.findAllByOrderByUsername().stream().map(Accounts::account).toList();
    }

    /**
     * Bcrypt reads no further than 72 bytes: a longer password would be checked only in
     * part.
     */
    public static final int MAX_PASSWORD_BYTES = 72;

    /**
     * @throws InvalidAccountException with a message for the field that is wrong: a user
     * name taken or malformed, a name too long, a password too short or too long
     */
    @Transactional
    public void create(String actor, String username, String displayName, String password, Role role) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,60}")) {
            throw new InvalidAccountException("username",
                    "A user name has 3 to 60 letters, digits, dots, hyphens or underscores.");
        }
        if (displayName != null && displayName.strip().length() > 120) {
            throw new InvalidAccountException("displayName", "A full name has at most 120 characters.");
        }
        checkPassword(password, name, displayName);
        if (editors.findByUsernameIgnoreCase(name).isPresent()) {
            throw new InvalidAccountException("username", "There is already an account named " + name + ".");
        }
        String shownName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        editors.save(new Editor(name, shownName, passwords.encode(password), role, clock.instant()));
        audit.record(actor, "CREATED", "ACCOUNT", null, name + " (" + role + ")");
    }

}
