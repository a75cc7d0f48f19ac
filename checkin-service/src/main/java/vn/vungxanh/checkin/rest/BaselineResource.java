package vn.vungxanh.checkin.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.vungxanh.common.ingest.ScanResult;

/**
 * The ingest benchmark's baseline: reads the same check-in JSON and answers 202 without doing anything; the benchmark
 * compares POST /api/v1/checkins against it. Only in a build made with {@code -Dvx.bench.baseline=true}
 * (bench/run.sh, which removes that build when it ends); the service as built for deployment has no
 * such endpoint, whatever its configuration says.
 */
@Path("/bench/baseline")
@PermitAll
@IfBuildProperty(name = "vx.bench.baseline", stringValue = "true")
public class BaselineResource {

    @POST
    @ResponseStatus(202)
    public ScanResult accept(CheckinRequest request) {
        return ScanResult.accepted(String.valueOf(request.eventId()));
    }
}
