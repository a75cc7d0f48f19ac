package vn.vungxanh.common.messaging;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;

/**
 * Runs a consumer's work on one record in a transaction of its own and, while the failure is
 * {@linkplain TransientFailure transient} (the database unreachable, a deadlock, a lock wait), runs it again in a new
 * transaction after an exponential pause, without limit: the record is not acknowledged, so its partition does not
 * move on and nothing reaches the dead-letter topic until the dependency is back. Any other failure is thrown at
 * once: the record is the problem, and the channel's failure strategy (the dead-letter topic) takes it.
 *
 * <p>Retries show in {@code /q/metrics} as SmallRye Fault Tolerance's {@code ft_retry_retries_total}, tagged with
 * the channel ({@code method="consumer <channel>"}).
 */
@ApplicationScoped
public class ConsumerRetry {

    /** A consumer's work on one record (or one batch). */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    @Inject
    ConsumerRetryConfig config;

    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    /** Runs {@code work} in a new transaction until it succeeds or fails for a reason that is not transient. */
    public void inTransaction(String channel, Work work) {
        try {
            guard(channel).call(() -> {
                QuarkusTransaction.requiringNew().run(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                return null;
            }, Void.class);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry " + channel, e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Guard guard(String channel) {
        return guards.computeIfAbsent(channel, c -> Guard.create()
                .withDescription("consumer " + c)
                .withRetry()
                .maxRetries(-1)
                .maxDuration(0, ChronoUnit.MILLIS)
                .delay(config.initialDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(TransientFailure::is)
                .beforeRetry(failure -> Log.warnf("%s: a dependency failed (%s), trying the record again", c,
                        rootMessage(failure)))
                .withExponentialBackoff()
                .factor(config.factor())
                .maxDelay(config.maxDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .done()
                .build());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
