package vn.vungxanh.common.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Maps every failure a client can meet to {@code application/problem+json}; bad input never becomes a 5xx. */
public class ProblemMappers {

    /** Names the resources give their request-body parameter: a violation of the body itself is about "body". */
    private static final Set<String> BODY_PARAMETERS = Set.of("request", "body");

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.invalid(422, detail, errors));
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e) {
        Log.warnf("%s: %s", e.problem().detail(), String.valueOf(e.getCause()));
        return Response.fromResponse(respond(e.problem()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }

    /** A value of the right JSON kind that does not parse: a bad UUID, enum constant or timestamp. */
    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        String field = pathOf(e);
        String message = "cannot read " + describe(e.getValue()) + " as " + e.getTargetType().getSimpleName();
        return respond(Problem.invalid(422, field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }

    /**
     * JSON of the wrong shape for the body ({@code []}, {@code 0}, {@code "x"} where an object is expected): answered
     * here rather than by the REST layer's own mapper, which sends an empty 400.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return malformed(e);
    }

    /** Broken JSON or a value of the wrong JSON kind. */
    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "body";
        String message = e.getOriginalMessage();
        return respond(Problem.invalid(400, "the request body is not the expected JSON: " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "this action is outside the caller's role or scope"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException bad) {
            // a query or path parameter that does not convert (JAX-RS answers 404 for those): it is bad input
            return respond(Problem.invalid(400, "a parameter has a value that cannot be read: " + bad.getMessage(),
                    List.of(new Problem.FieldError("query", String.valueOf(bad.getMessage())))));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json); // the REST layer's bare "HTTP 400 Bad Request" for a body that does not parse
        }
        Response original = e.getResponse();

        Response.ResponseBuilder builder = Response.fromResponse(respond(Problem.of(original.getStatus(),
                original.getStatusInfo().getReasonPhrase(), e.getMessage())));
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("unexpected failure", e);
        return respond(Problem.of(500, "Internal error", "the request could not be completed; it was logged"));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response unauthenticated() {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized", "a valid bearer token is required")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /**
     * The field a violation is about: the JSON path of a body property without the Java method and parameter
     * names, or the name of a violated query or path parameter.
     */
    public static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter == null || BODY_PARAMETERS.contains(parameter) ? "body" : parameter;
    }

    public static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String describe(Object value) {
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }
}
