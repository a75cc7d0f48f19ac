package vn.vungxanh.common.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.vungxanh.common.problem.Problem;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.PlaceKind;

/** Who is posting: the device and its place, from a verified device token that has not been revoked. */
@ApplicationScoped
public class DeviceCaller {

    @Inject
    RevokedDevices revoked;

    /**
     * The place the device token is bound to; 401 for a revoked device, 403 for a token of another kind of place,
     * 503 while this replica cannot tell whether the device is revoked.
     */
    public Bound require(JsonWebToken token, PlaceKind kind) {
        if (revoked.isRevoked(token.getSubject())) {
            throw new ProblemException(Problem.of(401, "Unauthorized", "this device has been revoked"));
        }
        String placeId = token.getClaim(DeviceTokens.claimOf(kind));
        if (placeId == null) {
            throw ProblemException.forbidden("this device token is not bound to a " + kind.name().toLowerCase());
        }
        return new Bound(token.getSubject(), placeId);
    }

    public record Bound(String deviceId, String placeId) {
    }
}
