package org.citewatch.job;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must only happen once the current chunk's transaction has committed. */
final class AfterCommit {

    private AfterCommit() {}

    /**
     * Runs the action after the current transaction commits, never if it rolls back; at once when
     * no transaction is active.
     */
    static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
