package vn.vungxanh.alert.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.common.auth.Scope;

/**
 * The live alert changes of this replica's clients: a hot stream each subscriber sees from when it joins, until the
 * caller's token expires (then it ends, and the board reconnects with a fresh token). Open streams are capped per
 * caller and per replica ({@link StreamSlots}).
 */
@ApplicationScoped
public class AlertStream {

    /** Changes kept for a client that reads slower than they come; past that its stream ends and it reconnects. */
    static final int CLIENT_BUFFER = 1024;

    private final BroadcastProcessor<AlertChange> processor = BroadcastProcessor.create();

    @Inject
    StreamSlots slots;

    public synchronized void publish(AlertChange change) {
        processor.onNext(change);
    }

    /** Changes within the caller's scope, optionally of one district only, until {@code until}. */
    public Multi<AlertChange> subscribe(Scope scope, String districtCode, Instant until) {
        String district = scope.districtFilter(districtCode);
        String ward = scope.wardFilter(null);
        Runnable release = slots.acquire(scope.actor());
        return processor
                .filter(c -> scope.allows(c.alert().districtCode(), c.alert().wardCode()))
                .filter(c -> district == null || district.equals(c.alert().districtCode()))
                .filter(c -> ward == null || ward.equals(c.alert().wardCode()))
                .onOverflow().buffer(CLIENT_BUFFER)
                .select().first(Duration.between(Instant.now(), until))
                .onTermination().invoke(release);
    }
}
