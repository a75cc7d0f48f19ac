package vn.vungxanh.checkin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import vn.vungxanh.checkin.service.CheckinIngest;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.common.problem.ProblemException;

@Path("/api/v1/checkins")
public class CheckinResource {

    @Inject
    CheckinIngest ingest;

    @Inject
    JsonWebToken token;

    /** One scan from a venue's scanner device; 202 once Kafka has acknowledged it. */
    @POST
    @RolesAllowed("device")
    @ResponseStatus(202)
    public Uni<ScanResult> checkin(@NotNull(message = "a JSON body is required") @Valid CheckinRequest request) {
        String venueId = token.getClaim("venue");
        if (venueId == null) {
            throw ProblemException.forbidden("this device token is not bound to a venue");
        }
        return ingest.ingest(venueId, token.getSubject(), request);
    }
}
