package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failed commits may have committed all the same: the failures are built as
 * Hibernate's {@code EntityTransaction.commit()} throws them, before Spring translates
 * them (Hibernate's {@code TransactionException} "Unable to commit against JDBC
 * Connection" around the driver's exception, in a {@code RollbackException}).
 */
class DatabaseFailuresTest {

    /** A commit whose {@code Connection.commit()} failed with {@code state}. */
    static RuntimeException commitFailed(String state) {
        var driver = new SQLException("An I/O error occurred while sending to the backend.", state);
        var hibernate = new TransactionException("Unable to commit against JDBC Connection", driver);
        return new RollbackException("Error while committing the transaction", hibernate);
    }

    @Test
    void aConnectionLostUnderTheCommitLeavesItInDoubt() {
        assertThat(DatabaseFailures.inDoubt(commitFailed("08006"))).isTrue();
        assertThat(DatabaseFailures.inDoubt(commitFailed("08000"))).isTrue();
        // PostgreSQL ending the session (fast shutdown) as the COMMIT arrives
        assertThat(DatabaseFailures.inDoubt(commitFailed("57P01"))).isTrue();
        // without the RollbackException around it
        assertThat(DatabaseFailures.inDoubt(new TransactionException("Unable to commit against JDBC Connection",
                new SQLException("broken", "08006"))))
            .isTrue();
    }

    @Test
    void aCommitThatNeverLeftOrThatTheServerRefusedIsNotInDoubt() {
        // the driver knew the connection was closed: the COMMIT was never sent
        assertThat(DatabaseFailures.inDoubt(commitFailed("08003"))).isFalse();
        // the pool's closed connection names no SQLState
        assertThat(DatabaseFailures.inDoubt(commitFailed(null))).isFalse();
        // the server answered: a deferred constraint refused the commit, nothing stored
        assertThat(DatabaseFailures.inDoubt(commitFailed("23505"))).isFalse();
        // a statement of the flush before the COMMIT failed on the lost connection
        assertThat(DatabaseFailures.inDoubt(new RollbackException("Error while committing the transaction",
                new JDBCConnectionException("could not execute statement", new SQLException("broken", "08006")))))
            .isFalse();
        assertThat(DatabaseFailures.inDoubt(new SQLException("broken", "08006"))).isFalse();
        assertThat(DatabaseFailures.inDoubt(null)).isFalse();
    }

    @Test
    void aCommitInDoubtIsAlsoTheDatabaseAwayAndIsToldApart() {
        var inDoubt = new CommitInDoubtException(commitFailed("08006"));

        assertThat(DatabaseFailures.commitInDoubt(inDoubt)).isTrue();
        assertThat(DatabaseFailures.commitInDoubt(new IllegalStateException("wrapped", inDoubt))).isTrue();
        assertThat(DatabaseFailures.unreachable(inDoubt)).isTrue();
        assertThat(DatabaseFailures.commitInDoubt(commitFailed("08006"))).isFalse();
        assertThat(DatabaseFailures.commitInDoubt(null)).isFalse();
    }

}
