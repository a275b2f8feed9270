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

    private static boolean connectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** A transaction's rollback or commit that failed (Hibernate's or Spring's). */
    private static boolean transactionEnd(Throwable failure) {
        return failure instanceof TransactionSystemException || failure instanceof org.hibernate.TransactionException;
    }

}
