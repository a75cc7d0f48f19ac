package vn.vungxanh.checkpoint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import vn.vungxanh.checkpoint.service.PassageIngest;
import vn.vungxanh.common.device.DeviceCaller;
import vn.vungxanh.common.ingest.BatchResponse;
import vn.vungxanh.common.ingest.ScanBatch;
import vn.vungxanh.common.ingest.ScanResult;
import vn.vungxanh.events.PlaceKind;

/** Passages from a checkpoint's device; 202 once Kafka has acknowledged them. */
@Path("/api/v1/passages")
@RolesAllowed("device")
public class PassageResource {

    @Inject
    PassageIngest ingest;

    @Inject
    ScanBatch batch;

    @Inject
    DeviceCaller devices;

    @Inject
    JsonWebToken token;

    @POST
    @ResponseStatus(202)
    public Uni<ScanResult> passage(@NotNull(message = "a JSON body is required") @Valid PassageRequest request) {
        return ingest.ingest(devices.require(token, PlaceKind.CHECKPOINT), request);
    }

    /** Up to 500 passages; a result per event, and one bad event does not sink the others. */
    @POST
    @Path("/batch")
    public Uni<BatchResponse> batch(@NotNull(message = "a JSON body is required") JsonNode body) {
        DeviceCaller.Bound device = devices.require(token, PlaceKind.CHECKPOINT);
        return batch.run(body.get("events"), PassageRequest.class, (index, request) -> ingest.ingest(device, request));
    }
}
