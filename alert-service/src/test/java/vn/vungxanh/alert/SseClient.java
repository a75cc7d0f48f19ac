package vn.vungxanh.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One open Server-Sent Events connection to the alert stream; every line it receives is kept. */
final class SseClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A freshly started service on a busy machine can take a while to answer its first request. */
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(45);

    final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> reader;
    private final Stream<String> body;

    private SseClient(HttpResponse<Stream<String>> response) {
        body = response.body();
        reader = CompletableFuture.runAsync(() -> body.forEach(lines::add));
    }

    static HttpRequest request(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
    }

    static SseClient open(URI uri, String token) throws Exception {
        HttpResponse<Stream<String>> response = HTTP.sendAsync(request(uri, token), HttpResponse.BodyHandlers.ofLines())
                .get(OPEN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        return new SseClient(response);
    }

    /** The status of opening a stream with the caller's token; the stream, if one opened, is closed at once. */
    static HttpResponse<Stream<String>> attempt(URI uri, String token) throws Exception {
        HttpResponse<Stream<String>> response = HTTP.sendAsync(request(uri, token), HttpResponse.BodyHandlers.ofLines())
                .get(OPEN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (response.statusCode() == 200) {
            response.body().close();
        }
        return response;
    }

    /** Whether the server ended the stream within the time given. */
    boolean endedWithin(Duration within) throws Exception {
        try {
            reader.get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    static int status(URI uri, String token) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A change received so far (or within the time given) that mentions the text, or null. */
    JsonNode next(String text, Duration within) throws Exception {
        return find(text, null, within);
    }

    /** A change of that kind received so far (or within the time given) that mentions the text; fails otherwise. */
    JsonNode nextChange(String text, String change, Duration within) throws Exception {
        JsonNode found = find(text, change, within);
        if (found == null) {
            throw new AssertionError("no " + change + " change of " + text + " arrived on the stream");
        }
        return found;
    }

    private JsonNode find(String text, String change, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            for (String line : lines) {
                if (line.startsWith("data:") && line.contains(text)) {
                    JsonNode event = JSON.readTree(line.substring("data:".length()));
                    if (change == null || change.equals(event.path("change").asText())) {
                        return event;
                    }
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return null;
    }

    @Override
    public void close() {
        body.close();
        reader.cancel(true);
    }
}
