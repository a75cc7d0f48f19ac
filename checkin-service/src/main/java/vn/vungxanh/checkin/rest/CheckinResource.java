package vn.vungxanh.checkin.rest;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import vn.vungxanh.checkin.config.CheckinConfig;
import vn.vungxanh.checkin.service.CheckinIngest;
import vn.vungxanh.checkin.service.Posters;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.common.device.DeviceTokens;
import vn.vungxanh.common.ingest.BatchResponse;
import vn.vungxanh.common.ingest.ScanBatch;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.common.ingest.VisitorRateLimiter;
import vn.vungxanh.common.problem.Problem;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.PlaceKind;

/**
 * Check-in scans: from a venue's scanner device (bearer token bound to the venue) or from a visitor's app (no token,
 * the signed poster in {@code venueQr}; rate-limited per address). 202 only once Kafka has the event.
 */
@Path("/api/v1/checkins")
@PermitAll
public class CheckinResource {

    @Inject
    CheckinIngest ingest;

    @Inject
    ScanBatch batch;

    @Inject
    DeviceCaller devices;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CheckinConfig config;

    private VisitorRateLimiter visitors;
    private VisitorRateLimiter venueVisitors;

    @PostConstruct
    void init() {
        visitors = new VisitorRateLimiter(config.visitorPostsPerMinute());
        venueVisitors = new VisitorRateLimiter(config.visitorPostsPerVenuePerMinute(), "at one venue");
    }

    @POST
    @ResponseStatus(202)
    @RequestBody(content = @Content(schema = @Schema(implementation = CheckinRequest.class)))
    public Uni<ScanResult> checkin(byte[] body, HttpServerRequest http) throws IOException {
        CheckinRequest request = batch.readOne(body, CheckinRequest.class);
        return caller(http, 1).onItem().transformToUni(device -> {
            if (device == null && request.venueQr() == null) {
                throw unauthenticated();
            }
            if (device != null) {
                return Uni.createFrom().completionStage(ingest.fromDevice(device, request));
            }
            limitVenue(request);
            return Uni.createFrom().completionStage(ingest.fromVisitor(request, clientAddress(http)));
        });
    }

    /** Up to 500 scans; a result per event, and one bad event does not sink the others. */
    @POST
    @Path("/batch")
    @RequestBody(content = @Content(schema = @Schema(implementation = CheckinBatch.class)))
    public Uni<BatchResponse> batch(byte[] body, HttpServerRequest http) throws IOException {
        ScanBatch.Events<CheckinRequest> events = batch.read(body, CheckinRequest.class);
        return caller(http, Math.max(1, events.size())).onItem().transformToUni(device ->
                batch.run(events, (index, request) -> {
                    if (device != null) {
                        return ingest.fromDevice(device, request);
                    }
                    if (request.venueQr() == null) {
                        throw ProblemException.invalidField("venueQr", "is required without a device token");
                    }
                    limitVenue(request);
                    return ingest.fromVisitor(request, clientAddress(http));
                }));
    }

    /** The device posting, or null for a visitor's app (then rate-limited). */
    private Uni<DeviceCaller.Bound> caller(HttpServerRequest http, int events) {
        return identity.getDeferredIdentity().map(id -> {
            if (id.isAnonymous()) {
                visitors.check(clientAddress(http), events);
                return null;
            }
            if (!id.hasRole(DeviceTokens.ROLE) || !(id.getPrincipal() instanceof JsonWebToken token)) {
                throw ProblemException.forbidden("only a venue's scanner device posts check-ins with a token");
            }
            return devices.require(token, PlaceKind.VENUE);
        });
    }

    private void limitVenue(CheckinRequest request) {
        String venueId = Posters.claimedVenue(request.venueQr());
        venueVisitors.check(venueId == null ? "unreadable" : venueId, 1);
    }

    /** The visitor's address: the peer's, or the one a trusted proxy forwards (quarkus.http.proxy.*). */
    private static String clientAddress(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    private static ProblemException unauthenticated() {
        return new ProblemException(Problem.of(401, "Unauthorized",
                "a device token, or the venue's poster payload in venueQr, is required"));
    }

    /** The body of a batch post, as documented (the service reads it itself, event by event when one is bad). */
    record CheckinBatch(List<CheckinRequest> events) {
    }
}
