package vn.vungxanh.checkin.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.ResponseStatus;

import vn.vungxanh.common.ingest.ScanResult;

/**
 * The benchmark's baseline: reads the same check-in JSON and answers 202 without doing anything. Off (404) unless
 * {@code vx.bench.baseline-endpoint=true}; the ingest benchmark compares POST /api/v1/checkins against it.
 */
@Path("/bench/baseline")
@PermitAll
public class BaselineResource {

    @ConfigProperty(name = "vx.bench.baseline-endpoint", defaultValue = "false")
    boolean enabled;

    @POST
    @ResponseStatus(202)
    public ScanResult accept(CheckinRequest request) {
        if (!enabled) {
            throw new NotFoundException();
        }
        return ScanResult.accepted(String.valueOf(request.eventId()));
    }
}
