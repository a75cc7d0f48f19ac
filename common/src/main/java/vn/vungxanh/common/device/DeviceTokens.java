package vn.vungxanh.common.device;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.jwt.build.Jwt;
import vn.vungxanh.common.auth.DeviceTokenConfig;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.events.PlaceKind;

/**
 * Issues a scanner device's bearer token: {@code groups: ["device"]}, {@code sub} = device id, and the claim
 * {@code venue} or {@code checkpoint} naming its place. Issued by the device issuer ({@code vx.device-tokens.issuer}),
 * not the identity provider's, and signed with the device key at {@code smallrye.jwt.sign.key.location}: the
 * services accept such a token for the {@code device} role only.
 */
@ApplicationScoped
public class DeviceTokens {

    public static final String ROLE = Roles.DEVICE;

    @Inject
    DeviceConfig config;

    @Inject
    DeviceTokenConfig tokens;

    public String issue(Device device) {
        return Jwt.issuer(tokens.issuer())
                .subject(device.deviceId())
                .upn(device.deviceId())
                .groups(Set.of(ROLE))
                .claim(claimOf(device.placeKind()), device.placeId())
                .expiresIn(config.tokenLifetime())
                .sign();
    }

    public static String claimOf(PlaceKind kind) {
        return kind == PlaceKind.VENUE ? "venue" : "checkpoint";
    }
}
