package vn.vungxanh.alert.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import vn.vungxanh.alert.service.Scope;
import vn.vungxanh.common.problem.ProblemException;

/** The caller's scope, read from the bearer token: admin, or inspector of the token's district (and ward). */
@RequestScoped
public class CallerScope {

    public static final String ADMIN = "admin";
    public static final String INSPECTOR = "inspector";

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public Scope scope() {
        if (identity.hasRole(ADMIN)) {
            return Scope.admin(ADMIN + ":" + token.getSubject());
        }
        String district = token.getClaim("district");
        if (!identity.hasRole(INSPECTOR) || district == null) {
            throw ProblemException.forbidden("only admins and inspectors bound to a district may do this");
        }
        return Scope.inspector(district, token.getClaim("ward"), INSPECTOR + ":" + token.getSubject());
    }
}
