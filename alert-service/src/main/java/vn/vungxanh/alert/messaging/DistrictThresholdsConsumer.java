package vn.vungxanh.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.service.ThresholdService;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.DistrictThresholdsEvent;

/** Threshold overrides from the compacted topic into the history of changes (each change once). */
@ApplicationScoped
public class DistrictThresholdsConsumer {

    @Inject
    ThresholdService thresholds;

    @Inject
    ConsumerRetry retry;

    @Incoming(Channels.DISTRICT_THRESHOLDS)
    @Blocking
    public void thresholds(DistrictThresholdsEvent event) {
        EventDeserializer.require(event);
        if (event.districtCode() == null || event.updatedAt() == null || event.overrides() == null) {
            throw new IllegalArgumentException("threshold overrides without district, time or set");
        }
        retry.inTransaction(Channels.DISTRICT_THRESHOLDS, () -> thresholds.record(event));
    }
}
