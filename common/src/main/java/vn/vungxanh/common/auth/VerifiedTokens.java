package vn.vungxanh.common.auth;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies a bearer token's signature once, not on every request: a scanner device posts thousands of scans with the
 * same token, so a token that verified is remembered (bounded, per replica) until it expires. Anything not yet
 * seen, and every other kind of parsing, goes to the standard parser. Revoking a device does not rely on this: the
 * device registry is consulted on every scan.
 *
 * <p>Two issuers: a token whose {@code iss} is the device issuer is verified only with the device key and may carry
 * only the {@code device} role ({@link DeviceTokenVerifier}); every other token is verified with the identity
 * provider's key and issuer, and may not carry the {@code device} role.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    @Inject
    DefaultJWTParser parser;

    @Inject
    DeviceTokenVerifier devices;

    @ConfigProperty(name = "vx.auth.verified-token-cache-size", defaultValue = "10000")
    int capacity;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (!expired(known)) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken parsed = verifyByIssuer(token);
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, parsed);
        return parsed;
    }

    private JsonWebToken verifyByIssuer(String token) throws ParseException {
        if (devices.claimedBy(token)) {
            return devices.verify(token);
        }
        JsonWebToken person = parser.parse(token);
        if (person.getGroups() != null && person.getGroups().contains(Roles.DEVICE)) {
            throw new ParseException("the device role comes only from device tokens");
        }
        return person;
    }

    private static boolean expired(JsonWebToken token) {
        long expiresAt = token.getExpirationTime();
        return expiresAt > 0 && expiresAt * 1000 <= System.currentTimeMillis();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
