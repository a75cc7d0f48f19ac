package vn.vungxanh.common.auth;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import vn.vungxanh.common.problem.ProblemException;

/**
 * The caller of this request, read from its verified bearer token: its role, its {@link Scope} (an admin everything,
 * an inspector the {@code district} and maybe {@code ward} of the token), its name and when its token expires. The one
 * place every service reads who is asking.
 */
@RequestScoped
public class Caller {

    public static final String DISTRICT_CLAIM = "district";
    public static final String WARD_CLAIM = "ward";

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The caller's scope; 403 for anyone but an admin or an inspector bound to a district. */
    public Scope scope() {
        if (isAdmin()) {
            return Scope.admin(Roles.ADMIN + ":" + token.getSubject());
        }
        String district = token.getClaim(DISTRICT_CLAIM);
        if (!identity.hasRole(Roles.INSPECTOR) || district == null) {
            throw ProblemException.forbidden("only admins and inspectors bound to a district may do this");
        }
        return Scope.inspector(district, token.getClaim(WARD_CLAIM), Roles.INSPECTOR + ":" + token.getSubject());
    }

    /** Who asks, as audit trails name them. */
    public String name() {
        return token.getName();
    }

    public Instant tokenExpiresAt() {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }
}
