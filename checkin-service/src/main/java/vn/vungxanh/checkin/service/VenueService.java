package vn.vungxanh.checkin.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.vungxanh.checkin.Venue;
import vn.vungxanh.checkin.config.CheckinConfig;
import vn.vungxanh.checkin.rest.VenueRequest;
import vn.vungxanh.checkin.rest.VenueResponse;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.outbox.Outbox;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.rest.Page;
import vn.vungxanh.events.OpeningHours;
import vn.vungxanh.events.Topics;
import vn.vungxanh.events.VenueEvent;
import vn.vungxanh.events.VenueType;

/** The venue registry: every change commits together with its {@link VenueEvent} in the outbox. */
@ApplicationScoped
public class VenueService {

    @Inject
    WardCatalogue wards;

    @Inject
    Outbox outbox;

    @Inject
    Posters posters;

    @Inject
    VenueDirectory directory;

    @Inject
    CheckinConfig config;

    @Transactional
    public VenueResponse create(VenueRequest request) {
        Venue venue = new Venue();
        venue.id = UUID.randomUUID().toString();
        apply(venue, request, "");
        venue.active = true;
        venue.version = 0;
        newPoster(venue);
        return changed(venue);
    }

    @Transactional
    public VenueResponse update(String id, VenueRequest request) {
        Venue venue = require(id);
        apply(venue, request, "");
        return changed(venue);
    }

    @Transactional
    public VenueResponse setActive(String id, boolean active) {
        Venue venue = require(id);
        venue.active = active;
        return changed(venue);
    }

    /** A new poster for the venue: the old one is revoked from now on. */
    @Transactional
    public VenueResponse reissuePoster(String id) {
        Venue venue = require(id);
        newPoster(venue);
        return changed(venue);
    }

    @Transactional
    public VenueResponse get(String id) {
        return response(require(id));
    }

    @Transactional
    public Venue require(String id) {
        Venue venue = Venue.findById(id);
        if (venue == null) {
            throw ProblemException.notFound("venue " + id);
        }
        return venue;
    }

    @Transactional
    public Page<VenueResponse> list(String districtCode, String wardCode, VenueType type, int page, int size) {
        Page.check(page, size);
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (districtCode != null) {
            query.append(" and districtCode = :district");
            params.put("district", districtCode);
        }
        if (wardCode != null) {
            query.append(" and wardCode = :ward");
            params.put("ward", wardCode);
        }
        if (type != null) {
            query.append(" and type = :type");
            params.put("type", type);
        }
        var found = Venue.<Venue>find(query.toString(), Sort.by("name").and("id"), params);
        List<VenueResponse> items = found.page(page, size).list().stream().map(this::response).toList();
        return new Page<>(items, found.count());
    }

    /** Copies a request onto a venue; {@code prefix} goes before field names in errors (CSV rows name none). */
    void apply(Venue venue, VenueRequest request, String prefix) {
        WardCatalogue.Ward ward = wards.requireWard(request.wardCode(), prefix + "wardCode");
        List<OpeningHours> hours = new ArrayList<>(request.openingHours());
        for (int i = 0; i < hours.size(); i++) {
            OpeningHours h = hours.get(i);
            if (h == null) {
                throw ProblemException.invalidField(prefix + "openingHours[" + i + "]", "is required");
            }
            try {
                h.validate();
            } catch (IllegalArgumentException e) {
                String[] fieldAndMessage = e.getMessage().split(": ", 2);
                throw ProblemException.invalidField(prefix + "openingHours[" + i + "]." + fieldAndMessage[0],
                        fieldAndMessage.length > 1 ? fieldAndMessage[1] : e.getMessage());
            }
        }
        venue.name = request.name().strip();
        venue.type = request.type();
        venue.wardCode = ward.code();
        venue.districtCode = ward.districtCode();
        venue.provinceCode = ward.provinceCode();
        venue.address = request.address();
        venue.capacity = request.capacity();
        venue.openingHours = OpeningHoursJson.write(hours);
    }

    private void newPoster(Venue venue) {
        venue.posterId = UUID.randomUUID().toString();
        venue.posterIssuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        venue.posterExpiresAt = venue.posterIssuedAt.plus(config.posterValidity());
    }

    /** Bumps the version, persists, publishes the full state through the outbox and refreshes the local cache. */
    VenueResponse changed(Venue venue) {
        venue.version++;
        venue.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        venue.persist();
        outbox.publish(Topics.VENUES, venue.id, event(venue));
        directory.put(venue);
        return response(venue);
    }

    static VenueEvent event(Venue v) {
        return new VenueEvent(VenueEvent.SCHEMA_VERSION, v.id, v.name, v.type, v.wardCode, v.districtCode,
                v.provinceCode, v.capacity, OpeningHoursJson.read(v.openingHours), v.active, v.version, v.updatedAt);
    }

    VenueResponse response(Venue v) {
        return new VenueResponse(v.id, v.name, v.type, v.wardCode, v.districtCode, v.provinceCode, v.address,
                v.capacity, OpeningHoursJson.read(v.openingHours), v.active, v.version, v.updatedAt, posters.qr(v),
                v.posterExpiresAt);
    }
}
