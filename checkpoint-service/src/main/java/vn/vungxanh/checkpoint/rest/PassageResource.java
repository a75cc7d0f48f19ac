package vn.vungxanh.checkpoint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import vn.vungxanh.checkpoint.service.PassageIngest;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.common.problem.ProblemException;

@Path("/api/v1/passages")
public class PassageResource {

    @Inject
    PassageIngest ingest;

    @Inject
    JsonWebToken token;

    /** One passage from a checkpoint's device; 202 once Kafka has acknowledged it. */
    @POST
    @RolesAllowed("device")
    @ResponseStatus(202)
    public Uni<ScanResult> passage(@NotNull(message = "a JSON body is required") @Valid PassageRequest request) {
        String checkpointId = token.getClaim("checkpoint");
        if (checkpointId == null) {
            throw ProblemException.forbidden("this device token is not bound to a checkpoint");
        }
        return ingest.ingest(checkpointId, token.getSubject(), request);
    }
}
