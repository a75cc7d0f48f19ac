package vn.vungxanh.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.service.WardLevelService;
import vn.vungxanh.common.messaging.ConsumerRetry;
import vn.vungxanh.common.messaging.EventDeserializer;
import vn.vungxanh.events.WardLevelEvent;

/** Ward levels from the compacted topic: the newest per ward is stored (replays and duplicates change nothing). */
@ApplicationScoped
public class WardLevelConsumer {

    @Inject
    WardLevelService levels;

    @Inject
    ConsumerRetry retry;

    @Incoming(Channels.WARD_LEVELS)
    @Blocking
    public void level(WardLevelEvent event) {
        EventDeserializer.require(event);
        if (event.wardCode() == null || event.updatedAt() == null || event.level() < 1 || event.level() > 4) {
            throw new IllegalArgumentException("ward level without ward, time, or a level of 1 to 4");
        }
        retry.inTransaction(Channels.WARD_LEVELS, () -> levels.apply(event));
    }
}
