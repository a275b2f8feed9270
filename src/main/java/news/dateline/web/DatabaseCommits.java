package news.dateline.web;

import jakarta.persistence.RollbackException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The transaction manager: Spring Boot's {@link JpaTransactionManager} (Boot's own backs
 * off when this bean exists, and its customizers are applied the same way), telling a
 * commit left in doubt from a failure that stored nothing. When a commit fails because
 * the connection was lost after the COMMIT was sent ({@link DatabaseFailures#inDoubt}),
 * it throws {@link CommitInDoubtException} with the failure as its cause and marks the
 * request being served, if any; Spring then reports the outcome to the transaction's
 * synchronizations as unknown, not as rolled back. Every other failure is passed on as it
 * was.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseCommits {

    @Bean
    PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager transactions = new InDoubtCommits();
        customizers.ifAvailable(all -> all.customize(transactions));
        return transactions;
    }

    /**
     * {@link JpaTransactionManager}'s commit, with the failure looked at before Spring
     * translates it: the translation keeps only the driver's exception, so that a failed
     * COMMIT and a failed statement of the flush before it could no longer be told apart.
     */
    static final class InDoubtCommits extends JpaTransactionManager {

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (!(TransactionSynchronizationManager
                .getResource(obtainEntityManagerFactory()) instanceof EntityManagerHolder holder)) {
                super.doCommit(status);
                return;
            }
            try {
                holder.getEntityManager().getTransaction().commit();
            }
            catch (RollbackException failure) {
                inDoubt(status, failure);
                if (failure.getCause() instanceof RuntimeException cause) {
                    DataAccessException translated = getJpaDialect().translateExceptionIfPossible(cause);
                    if (translated != null) {
                        throw translated;
                    }
                }
                throw new TransactionSystemException("Could not commit JPA transaction", failure);
            }
            catch (RuntimeException failure) {
                inDoubt(status, failure);
                throw DataAccessUtils.translateIfNecessary(failure, getJpaDialect());
            }
        }

        /** Throws {@link CommitInDoubtException} when the commit may have been made. */
        private static void inDoubt(DefaultTransactionStatus status, RuntimeException failure) {
            if (status.isReadOnly() || !DatabaseFailures.inDoubt(failure)) {
                return;
            }
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(CommitInDoubtException.REQUEST_ATTRIBUTE, Boolean.TRUE,
                        RequestAttributes.SCOPE_REQUEST);
            }
            throw new CommitInDoubtException(failure);
        }

    }

}
