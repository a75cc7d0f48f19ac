package vn.vungxanh.alert.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.vungxanh.alert.Venue;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.events.VenueEvent;

/** Keeps the venues alert-service knows, including those that never scan. */
@ApplicationScoped
public class VenueRegistry {

    @Inject
    WardCatalogue catalogue;

    /** Stores the venue unless the stored version is the same or newer. */
    @Transactional
    public void apply(VenueEvent event) {
        Venue venue = Venue.findById(event.id(), LockModeType.PESSIMISTIC_WRITE);
        if (venue != null && venue.version >= event.version()) {
            Log.debugf("venue %s version %d ignored: version %d is stored", event.id(), event.version(), venue.version);
            return;
        }
        if (venue == null) {
            venue = new Venue();
            venue.id = event.id();
        }
        venue.name = event.name();
        venue.type = event.type();
        venue.wardCode = event.wardCode();
        venue.districtCode = event.districtCode() != null ? event.districtCode()
                : catalogue.requireWard(event.wardCode(), "wardCode").districtCode();
        venue.capacity = event.capacity();
        venue.active = event.active();
        venue.version = event.version();
        venue.persist();
    }
}
