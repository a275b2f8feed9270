package news.dateline.shared;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work gathered over a transaction and done once as it ends, by a synchronization of its
 * own: the tags of all of an import batch's changes, for instance, rather than the same
 * work for each story. A transaction of its own inside another (which suspends the outer
 * one's synchronizations) gathers its own.
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /**
     * The running transaction's synchronization of this type that {@code mine} accepts,
     * made by {@code create} and registered the first time; null outside a transaction,
     * where the caller does its work at once.
     */
    public static <T extends TransactionSynchronization> @Nullable T gathering(Class<T> type, Predicate<T> mine,
            Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        for (TransactionSynchronization each : TransactionSynchronizationManager.getSynchronizations()) {
            if (type.isInstance(each) && mine.test(type.cast(each))) {
                return type.cast(each);
            }
        }
        T created = create.get();
        TransactionSynchronizationManager.registerSynchronization(created);
        return created;
    }

}
