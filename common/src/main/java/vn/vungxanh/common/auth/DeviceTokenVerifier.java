package vn.vungxanh.common.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies tokens of the device issuer with the device key, RS256 only, and grants them the {@code device} role
 * alone: a device-issuer token that asks for any other role is refused outright (401), whatever it is signed with.
 */
@ApplicationScoped
public class DeviceTokenVerifier {

    @Inject
    DeviceTokenConfig config;

    /** The identity provider's settings, for the clock skew tolerated. */
    @Inject
    JWTAuthContextInfo people;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String peopleIssuer;

    private DefaultJWTParser parser;

    @PostConstruct
    void init() {
        if (config.issuer().equals(peopleIssuer)) {
            throw new IllegalStateException("vx.device-tokens.issuer must differ from mp.jwt.verify.issuer: "
                    + "a device token must never pass for a person's");
        }
        if (config.accepted() && config.publicKeyLocation().isPresent()) {
            JWTAuthContextInfo context = new JWTAuthContextInfo(config.publicKeyLocation().get(), config.issuer());
            context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
            context.setClockSkew(people.getClockSkew());
            context.setRequiredClaims(Set.of("sub", "exp"));
            parser = new DefaultJWTParser(context);
        }
    }

    /** Whether the token says (unverified) that the device issuer made it: then only {@link #verify} may accept it. */
    public boolean claimedBy(String token) {
        int first = token.indexOf('.');
        int second = token.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            return false;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(first + 1, second)),
                    StandardCharsets.UTF_8);
            return config.issuer().equals(JwtClaims.parse(payload).getIssuer());
        } catch (Exception e) {
            return false;
        }
    }

    public JsonWebToken verify(String token) throws ParseException {
        if (parser == null) {
            throw new ParseException("this service accepts no device tokens");
        }
        JsonWebToken verified = parser.parse(token);
        if (!Set.of(Roles.DEVICE).equals(verified.getGroups())) {
            throw new ParseException("a device token carries the device role only");
        }
        return verified;
    }
}
