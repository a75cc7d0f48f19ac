package vn.vungxanh.common.device;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import vn.vungxanh.events.PlaceKind;

/**
 * Issues a scanner device's bearer token: {@code groups: ["device"]}, {@code sub} = device id, and the claim
 * {@code venue} or {@code checkpoint} naming its place. Signed with the key at {@code smallrye.jwt.sign.key.location}
 * (the private half of the key the services verify tokens with).
 */
@ApplicationScoped
public class DeviceTokens {

    public static final String ROLE = "device";

    @Inject
    DeviceConfig config;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    public String issue(Device device) {
        return Jwt.issuer(issuer)
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
