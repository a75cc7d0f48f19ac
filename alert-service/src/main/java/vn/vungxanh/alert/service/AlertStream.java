package vn.vungxanh.alert.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import vn.vungxanh.alert.AlertChange;

/** The live alert changes of this replica's clients: a hot stream each subscriber sees from when it joins. */
@ApplicationScoped
public class AlertStream {

    /** Changes kept for a client that reads slower than they come; past that its stream ends and it reconnects. */
    static final int CLIENT_BUFFER = 1024;

    private final BroadcastProcessor<AlertChange> processor = BroadcastProcessor.create();

    public synchronized void publish(AlertChange change) {
        processor.onNext(change);
    }

    /** Changes within the caller's scope, optionally of one district only. */
    public Multi<AlertChange> subscribe(Scope scope, String districtCode) {
        String district = scope.districtFilter(districtCode);
        String ward = scope.wardFilter(null);
        return processor
                .filter(c -> scope.allows(c.alert().districtCode(), c.alert().wardCode()))
                .filter(c -> district == null || district.equals(c.alert().districtCode()))
                .filter(c -> ward == null || ward.equals(c.alert().wardCode()))
                .onOverflow().buffer(CLIENT_BUFFER);
    }
}
