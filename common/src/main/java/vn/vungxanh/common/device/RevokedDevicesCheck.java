package vn.vungxanh.common.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import vn.vungxanh.common.auth.DeviceTokenConfig;

/**
 * Readiness: a replica that takes device tokens is ready only once it knows which devices are revoked, and stops
 * being ready when that knowledge is older than {@code vx.device.revocation-max-age}.
 */
@Readiness
@ApplicationScoped
public class RevokedDevicesCheck implements HealthCheck {

    public static final String NAME = "Revoked devices";

    @Inject
    RevokedDevices revoked;

    @Inject
    DeviceTokenConfig tokens;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (!tokens.accepted()) {
            return response.up().withData("deviceTokens", "not accepted").build();
        }
        revoked.age().ifPresent(age -> response.withData("age", age.toString()));
        return response.status(revoked.current()).build();
    }
}
