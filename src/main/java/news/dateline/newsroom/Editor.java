package news.dateline.newsroom;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "editor")
class Editor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled;

    private Instant createdAt;

    private boolean mustChangePassword;

    protected Editor() {
    }

    Editor(String username, String displayName, String passwordHash, Role role, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * Whether the account must choose its own password at its next login (someone else
     * knows this one).
     */
    void requirePasswordChange(boolean required) {
        this.mustChangePassword = required;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void changeRole(Role role) {
        this.role = role;
    }

}
