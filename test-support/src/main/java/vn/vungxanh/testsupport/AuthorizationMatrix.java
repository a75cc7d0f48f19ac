package vn.vungxanh.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The authorization matrix of one running service, generated from its own OpenAPI document ({@code /q/openapi}):
 * every operation is called by every kind of {@link Caller} and the status compared with the expectation. An
 * operation the document lists but the test does not expect fails the test, so no new endpoint escapes it. The
 * matrix is printed and written to {@code target/authorization-matrix-<service>.md}.
 *
 * <p>An expectation is one word per caller, in the order of {@link Caller}: {@code 401}, {@code 403} or {@code 404}
 * exactly, or {@code ok} for anything else below 500 (the caller got past authorization: 2xx, or a 4xx about the
 * request itself).
 */
public final class AuthorizationMatrix {

    /** The kinds of callers, in the order of an expectation's words. */
    public enum Caller {
        NONE("no token"),
        ADMIN("admin"),
        INSPECTOR("inspector"),
        HEALTH_OFFICIAL("health official"),
        DEVICE("device"),
        INSPECTOR_OTHER_DISTRICT("inspector, other district"),
        INSPECTOR_OTHER_WARD("inspector, other ward"),
        DEVICE_OTHER_PLACE("device, other place"),
        DEVICE_ISSUER_ADMIN("device issuer, admin claim");

        final String label;

        Caller(String label) {
            this.label = label;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final String service;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, Expectation> expected = new LinkedHashMap<>();

    private record Expectation(String[] statuses, Call call) {
    }

    /** What an operation is called with: its own path parameters, a query string, a JSON body. */
    public record Call(Map<String, Supplier<String>> pathValues, String query, String contentType, String body) {

        public static Call plain() {
            return body("{}");
        }

        public static Call query(String query) {
            return plain().withQuery(query);
        }

        public static Call body(String body) {
            return new Call(Map.of(), "", "application/json", body);
        }

        /** A body of another media type ({@code text/csv}). */
        public static Call body(String contentType, String body) {
            return new Call(Map.of(), "", contentType, body);
        }

        public Call withQuery(String query) {
            return new Call(pathValues, "?" + query, contentType, body);
        }

        public Call withPath(String name, String value) {
            return withFreshPath(name, () -> value);
        }

        /** A new value for each caller: for an operation that uses up what it names (a delete). */
        public Call withFreshPath(String name, Supplier<String> value) {
            Map<String, Supplier<String>> values = new HashMap<>(pathValues);
            values.put(name, value);
            return new Call(values, query, contentType, body);
        }
    }

    private AuthorizationMatrix(String service) {
        this.service = service;
    }

    public static AuthorizationMatrix of(String service) {
        return new AuthorizationMatrix(service);
    }

    /** The bearer token of a kind of caller (none for {@link Caller#NONE}). */
    public AuthorizationMatrix token(Caller caller, String token) {
        tokens.put(caller, token);
        return this;
    }

    /** The value of a path parameter wherever an operation does not name its own. */
    public AuthorizationMatrix pathValue(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    /** @param operation method and path as the OpenAPI document has them: {@code "GET /api/v1/venues/{id}"} */
    public AuthorizationMatrix expect(String operation, String statuses) {
        return expect(operation, statuses, Call.plain());
    }

    /** Called as given: a valid body and the place's own filters, so that the scope check is reached. */
    public AuthorizationMatrix expect(String operation, String statuses, Call call) {
        String[] words = statuses.trim().split("\\s+");
        if (words.length != Caller.values().length) {
            throw new IllegalArgumentException(operation + ": one expectation per caller, " + Caller.values().length);
        }
        expected.put(operation, new Expectation(words, call));
        return this;
    }

    /** Calls every operation as every caller; fails listing every difference and every operation not expected. */
    public void verify() {
        JsonPath openApi = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> problems = new ArrayList<>();
        TreeSet<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        StringBuilder table = new StringBuilder("| operation |");
        for (Caller caller : Caller.values()) {
            table.append(' ').append(caller.label).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Caller.values().length)).append('\n');
        for (String operation : documented) {
            Expectation expectation = expected.get(operation);
            if (expectation == null) {
                problems.add(operation + ": in the OpenAPI document but has no expectation in the matrix");
                continue;
            }
            table.append("| `").append(operation).append("` |");
            for (Caller caller : Caller.values()) {
                String want = expectation.statuses()[caller.ordinal()];
                String got = call(operation, expectation, caller);
                table.append(' ').append(got.equals(want) ? got : "**" + got + "** (expected " + want + ")").append(" |");
                if (!got.equals(want)) {
                    problems.add(operation + " as " + caller.label + ": expected " + want + ", got " + got);
                }
            }
            table.append('\n');
        }
        expected.keySet().stream().filter(op -> !documented.contains(op))
                .forEach(op -> problems.add(op + ": expected in the matrix but not in the OpenAPI document"));
        report(table.toString());
        if (!problems.isEmpty()) {
            fail("authorization matrix of " + service + ":\n" + String.join("\n", problems));
        }
    }

    private String call(String operation, Expectation expectation, Caller caller) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        Map<String, String> values = new HashMap<>(pathValues);
        expectation.call().pathValues().forEach((name, value) -> values.put(name, value.get()));
        for (var value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + path + expectation.call().query());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", expectation.call().contentType()).header("Accept", "*/*");
        if (tokens.get(caller) != null) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        request.method(method, withBody ? HttpRequest.BodyPublishers.ofString(expectation.call().body())
                : HttpRequest.BodyPublishers.noBody());
        try {
            // a stream's status is read without waiting for its end
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            int status = response.statusCode();
            if (status == 401 || status == 403 || status == 404) {
                return String.valueOf(status);
            }
            return status >= 500 ? String.valueOf(status) : "ok";
        } catch (IOException e) {
            throw new UncheckedIOException(operation + " as " + caller.label, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void report(String table) {
        String report = "## Authorization matrix of " + service + "\n\n" + table;
        System.out.println(report);
        try {
            Path file = Path.of("target", "authorization-matrix-" + service + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
