package vn.vungxanh.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import vn.vungxanh.alert.AlertChange;
import vn.vungxanh.alert.Channels;
import vn.vungxanh.alert.service.AlertStream;

/** Every replica reads every alert change (its own consumer group) and fans it out to its live-stream clients. */
@ApplicationScoped
public class AlertChangeListener {

    @Inject
    AlertStream stream;

    @Incoming(Channels.ALERT_CHANGES_LIVE)
    public void change(AlertChange change) {
        if (change != null && change.alert() != null) {
            stream.publish(change);
        }
    }
}
