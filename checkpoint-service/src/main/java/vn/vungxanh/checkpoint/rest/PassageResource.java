package vn.vungxanh.checkpoint.rest;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;
import vn.vungxanh.checkpoint.service.CheckpointService;
import vn.vungxanh.checkpoint.service.PassageIngest;
import vn.vungxanh.checkpoint.service.PassageQueries;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.common.ingest.BatchResponse;
import vn.vungxanh.common.ingest.ScanBatch;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.rest.Page;
import vn.vungxanh.common.rest.Params;
import vn.vungxanh.common.rest.SubjectQuery;
import vn.vungxanh.events.PlaceKind;
import vn.vungxanh.events.SubjectType;

/** Passages: posted by a checkpoint's device (202 once Kafka has them), queried by inspectors and health officials. */
@Path("/api/v1/passages")
@RolesAllowed(Roles.DEVICE)
public class PassageResource {

    @Inject
    PassageIngest ingest;

    @Inject
    ScanBatch batch;

    @Inject
    DeviceCaller devices;

    @Inject
    JsonWebToken token;

    @Inject
    PassageQueries queries;

    @Inject
    Caller caller;

    @Inject
    CheckpointService checkpoints;

    @POST
    @ResponseStatus(202)
    @RequestBody(content = @Content(schema = @Schema(implementation = PassageRequest.class)))
    public Uni<ScanResult> passage(byte[] body) throws IOException {
        PassageRequest request = batch.readOne(body, PassageRequest.class);
        return ingest.ingest(devices.require(token, PlaceKind.CHECKPOINT), request);
    }

    /** Passages through one checkpoint in a period: inspectors of its district, admins. */
    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
    public Page<PassageView> byCheckpoint(@QueryParam("checkpointId") String checkpointId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size) {
        if (checkpointId == null) {
            throw ProblemException.invalidField("checkpointId", "is required");
        }
        CheckpointResponse cp = checkpoints.get(checkpointId);
        caller.scope().requireVisible(cp.districtCode(), cp.wardCode(), "checkpoint " + checkpointId);
        return queries.byCheckpoint(checkpointId, Params.instant(from, "from"), Params.instant(to, "to"), page, size);
    }

    /**
     * A traveller's passages in a period, for contact tracing: health officials only. Preferred over the GET: the
     * identifier travels in the body, never in the URL.
     */
    @POST
    @Path("/by-subject")
    @RolesAllowed(Roles.HEALTH_OFFICIAL)
    @Operation(summary = "A traveller's passages (preferred: the identifier in the body, never in the URL)")
    public Page<PassageView> bySubject(SubjectQuery query, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        if (query == null) {
            throw ProblemException.invalidField("body", "is required: subjectType, subjectValue, from, to");
        }
        return queries.bySubject(query.subjectType(), query.subjectValue(), Params.instant(query.from(), "from"),
                Params.instant(query.to(), "to"), page, size, token.getName());
    }

    /** As the POST, with the identifier in the query string: kept for compatibility. */
    @GET
    @Path("/by-subject")
    @RolesAllowed(Roles.HEALTH_OFFICIAL)
    @Operation(summary = "A traveller's passages, the identifier in the query string (kept for compatibility;"
            + " prefer POST, which keeps identifiers out of access logs)")
    public Page<PassageView> bySubject(@QueryParam("subjectType") SubjectType subjectType,
            @QueryParam("subjectValue") String subjectValue, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        return queries.bySubject(subjectType, subjectValue, Params.instant(from, "from"), Params.instant(to, "to"),
                page, size, token.getName());
    }

    /** Up to 500 passages; a result per event, and one bad event does not sink the others. */
    @POST
    @Path("/batch")
    @RequestBody(content = @Content(schema = @Schema(implementation = PassageBatch.class)))
    public Uni<BatchResponse> batch(byte[] body) throws IOException {
        DeviceCaller.Bound device = devices.require(token, PlaceKind.CHECKPOINT);
        return batch.run(batch.read(body, PassageRequest.class),
                (index, request) -> ingest.ingest(device, request).subscribeAsCompletionStage());
    }

    /** The body of a batch post, as documented (the service reads it itself, event by event when one is bad). */
    record PassageBatch(List<PassageRequest> events) {
    }
}
