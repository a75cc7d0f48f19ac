package vn.vungxanh.common.audit;

import java.security.Principal;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.logging.Log;
import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Records in the audit trail every tracing query that was refused or failed (any 4xx or 5xx: bad input, no token,
 * a caller who is not a health official), whichever layer refused it, so that attempts show beside answers.
 */
public class TraceAuditFilter {

    /** The tracing queries by path, and their names in the audit trail. */
    public static final Map<String, String> QUERIES = Map.of(
            "/api/v1/trace", "trace",
            "/api/v1/passages/by-subject", "passages");

    @Inject
    TraceAudit audit;

    @ServerResponseFilter
    public void auditRefusals(ContainerRequestContext request, ContainerResponseContext response) {
        String query = QUERIES.get(request.getUriInfo().getPath());
        if (query == null || response.getStatus() < 400) {
            return;
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        String askedBy = principal == null || principal.getName() == null ? "anonymous" : principal.getName();
        int status = response.getStatus();
        Runnable record = () -> {
            try {
                audit.refused(askedBy, query, status);
            } catch (RuntimeException e) {
                Log.errorf(e, "refused tracing query %s by %s not audited", query, askedBy);
            }
        };
        if (BlockingOperationControl.isBlockingAllowed()) {
            record.run();
        } else {
            Infrastructure.getDefaultWorkerPool().execute(record);
        }
    }
}
