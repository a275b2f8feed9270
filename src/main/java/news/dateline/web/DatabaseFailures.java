package news.dateline.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The one rule for "the database could not be reached", wherever the failure surfaced: a
 * page, a filter, a form's save, the log.
 *
 * <ul>
 * <li>no connection to be had: {@link CannotCreateTransactionException},
 * {@link DataAccessResourceFailureException}, the JDBC connection exceptions, a refused
 * socket;</li>
 * <li>a connection broken under a statement: SQLState class {@code 08} (connection
 * exception) or {@code 57P} (PostgreSQL shutting down or restarting, as a fast shutdown
 * ends every session with {@code 57P01});</li>
 * <li>a rollback or commit that failed on a connection the pool had already closed: the
 * pool closes a connection broken as above, so the rollback that follows fails with a
 * {@link SQLException} naming no SQLState, and that rollback's exception is all that
 * reaches the caller (Hibernate's {@code TransactionException} or Spring's
 * {@link TransactionSystemException}).</li>
 * </ul>
 * <p>
 * Among these, a commit can be left in doubt ({@link #inDoubt}): the COMMIT was sent and
 * the connection broke before its answer, so the work may be stored.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * Whether {@code failure}, or one of its causes, says the database was not reachable.
     */
    public static boolean unreachable(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof SQLException sql && connectionState(sql.getSQLState()) || transactionEnd(cause)
                            && cause.getCause() instanceof SQLException sql && sql.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure}, or one of its causes, is a commit left in doubt
     * ({@link CommitInDoubtException}): the work may have been stored.
     */
    public static boolean commitInDoubt(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CommitInDoubtException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a transaction manager's commit that failed with {@code commitFailure} may
     * have been committed all the same: the JDBC driver's {@code commit()} itself failed
     * (Hibernate's {@code TransactionException} around the {@link SQLException}, not a
     * statement of the flush before it, which Hibernate reports as a
     * {@code JDBCException}), with the SQLState of a connection lost under it (class
     * {@code 08}, or {@code 57P} as PostgreSQL ends the session). Not when the connection
     * was known to be closed before the commit went out: {@code 08003} (connection does
     * not exist, the driver's word) or no SQLState at all (the pool's closed connection):
     * nothing was sent, so nothing was committed.
     */
    public static boolean inDoubt(@Nullable Throwable commitFailure) {
        for (Throwable cause = commitFailure; cause != null; cause = cause.getCause() == cause ? null
                : cause.getCause()) {
            if (cause instanceof org.hibernate.JDBCException) {
                return false;
            }
            if (transactionEnd(cause) && cause.getCause() instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state != null && !state.equals("08003") && connectionState(state);
            }
        }
        return false;
    }

    private static boolean connectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** A transaction's rollback or commit that failed (Hibernate's or Spring's). */
    private static boolean transactionEnd(Throwable failure) {
        return failure instanceof TransactionSystemException || failure instanceof org.hibernate.TransactionException;
    }

}
