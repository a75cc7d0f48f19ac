package vn.vungxanh.common.ingest;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidatorFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import io.smallrye.mutiny.Uni;
import vn.vungxanh.common.problem.Problem;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.problem.ProblemMappers;

/**
 * Runs a batch of scan events: each element is validated on its own, and a bad one becomes its own result
 * (with field names such as {@code events[3].scannedAt}) while the others go to Kafka. Answers once Kafka has
 * acknowledged every accepted event.
 */
@ApplicationScoped
public class ScanBatch {

    @Inject
    ObjectMapper mapper;

    @Inject
    ValidatorFactory validators;

    /**
     * Scan requests are plain records, never entities: every property is reachable, so the validator does not ask
     * the persistence layer (the default resolver's check, on every property of every event, cost more than the
     * constraints themselves).
     */
    private Validator validator;

    /** The service's mapper with the ingest path's own reader of scan times. */
    private ObjectMapper json;

    @PostConstruct
    void init() {
        json = mapper.copy().registerModule(ScanTimeJson.module());
        validator = validators.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(new TraverseAll())
                .enableTraversableResolverResultCache(false)
                .getValidator();
    }

    @Inject
    IngestConfig config;

    @Inject
    ScanProducer producer;

    private final Map<JavaType, ObjectReader> readers = new ConcurrentHashMap<>();

    /**
     * Reads and validates one posted scan (a problem when it is missing, does not read, or breaks a constraint).
     */
    public <T extends ScanRequest> T readOne(byte[] body, Class<T> type) throws IOException {
        T request = body == null || body.length == 0 ? null : reader(mapper.constructType(type)).readValue(body);
        if (request == null) {
            throw ProblemException.invalidField("body", "a JSON body is required");
        }
        Set<ConstraintViolation<T>> violations = violations(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /**
     * Reads a posted batch ({@code {"events": [...]}}): in one pass straight into requests when every event reads,
     * else as a JSON tree, so that each bad event gets its own result. Broken JSON is a 400 for the whole batch;
     * no events array, or more than the batch limit, a 422.
     */
    public <T extends ScanRequest> Events<T> read(byte[] body, Class<T> type) throws IOException {
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "a JSON body is required");
        }
        Events<T> events;
        try {
            Posted<T> posted = reader(mapper.getTypeFactory().constructParametricType(Posted.class, type))
                    .readValue(body);
            events = new Events<>(type, posted == null ? null : posted.events(), null);
        } catch (JsonProcessingException e) {
            events = new Events<>(type, null, mapper.readTree(body).get("events")); // read event by event below
        }
        if (events.typed == null && (events.tree == null || !events.tree.isArray())) {
            throw ProblemException.invalidField("events", "is required: an array of scan events");
        }
        if (events.size() > config.maxBatchSize()) {
            throw ProblemException.invalidField("events", "holds " + events.size() + " events; at most "
                    + config.maxBatchSize() + " per batch");
        }
        return events;
    }

    /** Scans' times count as instants: the client's offset is kept as sent, not converted (costly, and unused). */
    private ObjectReader reader(JavaType type) {
        return readers.computeIfAbsent(type,
                t -> json.readerFor(t).without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE));
    }

    /**
     * @param ingest sends one valid event; may throw or fail with a {@link ProblemException}
     */
    public <T extends ScanRequest> Uni<BatchResponse> run(Events<T> events,
            BiFunction<Integer, T, CompletionStage<ScanResult>> ingest) {
        @SuppressWarnings("unchecked")
        CompletableFuture<BatchItemResult>[] results = new CompletableFuture[events.size()];
        producer.inOneHandOver(() -> {
            for (int i = 0; i < results.length; i++) {
                results[i] = (events.typed != null ? checked(i, null, events.typed.get(i), ingest)
                        : one(i, events.tree.get(i), events.type, ingest)).toCompletableFuture();
            }
            return null;
        });
        return Uni.createFrom().completionStage(CompletableFuture.allOf(results)
                .thenApply(all -> BatchResponse.of(Stream.of(results).map(CompletableFuture::join).toList())));
    }

    private <T extends ScanRequest> CompletionStage<BatchItemResult> one(int index, JsonNode node, Class<T> type,
            BiFunction<Integer, T, CompletionStage<ScanResult>> ingest) {
        String prefix = "events[" + index + "]";
        String eventId = node.path("eventId").isTextual() ? node.path("eventId").asText() : null;
        T request;
        try {
            request = json.treeToValue(node, type);
        } catch (InvalidFormatException e) {
            return invalid(index, eventId, 422, prefix, ProblemMappers.pathOf(e), "cannot read " + e.getValue()
                    + " as " + e.getTargetType().getSimpleName());
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException m ? ProblemMappers.pathOf(m) : "body";
            return invalid(index, eventId, 400, prefix, field, e.getOriginalMessage());
        }
        return checked(index, eventId, request, ingest);
    }

    /** Validates a request that did read, and sends it when valid. */
    private <T extends ScanRequest> CompletionStage<BatchItemResult> checked(int index, String postedEventId,
            T request, BiFunction<Integer, T, CompletionStage<ScanResult>> ingest) {
        String prefix = "events[" + index + "]";
        if (request == null) {
            return invalid(index, postedEventId, 400, prefix, "body", "an event object is required");
        }
        String eventId = request.eventId() != null ? request.eventId().toString() : postedEventId;
        Set<ConstraintViolation<T>> violations = violations(request);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(prefix + "." + ProblemMappers.fieldOf(v), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return CompletableFuture.completedFuture(BatchItemResult.invalid(index, eventId,
                    Problem.invalid(422, errors.get(0).field() + ": " + errors.get(0).message(), errors)));
        }
        CompletionStage<ScanResult> sent;
        try {
            sent = ingest.apply(index, request);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((r, e) -> e == null ? BatchItemResult.of(index, r) : failed(index, eventId, prefix, e));
    }

    private <T extends ScanRequest> Set<ConstraintViolation<T>> violations(T request) {
        return request.plainlyValid() ? Set.of() : validator.validate(request);
    }

    private static BatchItemResult failed(int index, String eventId, String prefix, Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof RejectedScan r) {
            return BatchItemResult.rejected(index, eventId, r.reason(), prefixed(prefix, r.problem()));
        }
        if (e instanceof ProblemException p) {
            return BatchItemResult.invalid(index, eventId, prefixed(prefix, p.problem()));
        }
        return BatchItemResult.invalid(index, eventId, Problem.of(500, "Internal error", "the event could not be taken"));
    }

    private static Problem prefixed(String prefix, Problem p) {
        List<Problem.FieldError> errors = p.errors() == null ? List.of()
                : p.errors().stream().map(f -> new Problem.FieldError(prefix + "." + f.field(), f.message())).toList();
        return new Problem(p.type(), p.title(), p.status(), p.detail(), errors);
    }

    private static CompletionStage<BatchItemResult> invalid(int index, String eventId, int status, String prefix,
            String field, String message) {
        String name = prefix + "." + field;
        return CompletableFuture.completedFuture(BatchItemResult.invalid(index, eventId,
                Problem.invalid(status, name + ": " + message, List.of(new Problem.FieldError(name, message)))));
    }

    /** A batch as read: the requests when all of them read in one pass, else the events' JSON. */
    public static final class Events<T> {

        private final Class<T> type;
        private final List<T> typed;
        private final JsonNode tree;

        Events(Class<T> type, List<T> typed, JsonNode tree) {
            this.type = type;
            this.typed = typed;
            this.tree = tree;
        }

        public int size() {
            return typed != null ? typed.size() : tree.size();
        }
    }

    /** The body of a batch post. */
    record Posted<T>(List<T> events) {
    }

    private static final class TraverseAll implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path path,
                ElementType type) {
            return true;
        }
    }
}
