package vn.vungxanh.common.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Identifier;

/**
 * The ingest services' producer of scan events, built for throughput: events are serialised on the caller's thread,
 * queued, and handed to Kafka by one sending thread that takes everything queued in one go, so a batch of 500
 * events, or many concurrent requests, cost one thread hand-over instead of one each. Each send completes when the
 * broker has acknowledged that record (the producer settings are the shared {@code kafka.*} ones: idempotent,
 * acks=all), and {@code vx.scan-producer.<producer setting>} overrides any of them for this producer alone. Records
 * carry CloudEvents headers in binary mode with the event id as {@code ce_id}. A send the broker has not acknowledged
 * within {@code vx.ingest.ack-timeout} completes with a {@link TimeoutException}: a second thread sweeps the oldest
 * sends ten times a second, instead of a timer per event (and goes on while the sending thread waits for a broker
 * that is away).
 */
@ApplicationScoped
public class ScanProducer {

    private static final String OVERRIDES = "vx.scan-producer.";
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final long SWEEP_MILLIS = 100;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    ObjectMapper mapper;

    @Inject
    IngestConfig ingest;

    private ObjectMapper json;
    private Producer<String, byte[]> producer;
    private ExecutorService sendingThread;
    private ScheduledExecutorService deadlineThread;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final Queue<Pending> unacknowledged = new ConcurrentLinkedQueue<>(); // in order of their deadlines
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ThreadLocal<boolean[]> handingOverLater = ThreadLocal.withInitial(() -> new boolean[1]);
    private long ackTimeoutNanos;

    @PostConstruct
    void init() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        Config overrides = ConfigProvider.getConfig();
        for (String name : overrides.getPropertyNames()) {
            if (name.startsWith(OVERRIDES)) {
                config.put(name.substring(OVERRIDES.length()), overrides.getValue(name, String.class));
            }
        }
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "scan-producer");
        json = mapper.copy().registerModule(ScanTimeJson.module());
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        sendingThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "scan-producer-sending"));
        deadlineThread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "scan-producer-deadlines"));
        ackTimeoutNanos = ingest.ackTimeout().toNanos();
        deadlineThread.scheduleWithFixedDelay(this::expire, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        sendingThread.shutdown();
        deadlineThread.shutdown();
        producer.close(CLOSE_TIMEOUT); // what the broker has not acknowledged by then was never answered 202
    }

    /**
     * Queues the event for Kafka; {@code done} is called once: with null when the broker has acknowledged it, with the
     * failure when Kafka did not take it, or with a {@link TimeoutException} when no acknowledgement came in time.
     */
    public void send(ScanTopic topic, String key, String eventId, Object event, Consumer<Throwable> done) {
        Pending pending = new Pending(record(topic, key, eventId, event), done, System.nanoTime() + ackTimeoutNanos);
        unacknowledged.add(pending);
        queue.add(pending);
        if (!handingOverLater.get()[0]) {
            wakeSendingThread();
        }
    }

    /**
     * Runs {@code sends} (say, a batch's events) and hands what they queued to the sending thread once, at the end,
     * instead of waking it for each.
     */
    public <T> T inOneHandOver(Supplier<T> sends) {
        boolean[] later = handingOverLater.get();
        if (later[0]) {
            return sends.get();
        }
        later[0] = true;
        try {
            return sends.get();
        } finally {
            later[0] = false;
            wakeSendingThread();
        }
    }

    private void wakeSendingThread() {
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            sendingThread.execute(this::drain);
        }
    }

    private void drain() {
        do {
            Pending p;
            while ((p = queue.poll()) != null) {
                if (p.isDone()) {
                    continue; // already answered 503: the client retries it
                }
                Pending sent = p;
                try {
                    producer.send(sent.record, (metadata, failure) -> sent.complete(failure));
                } catch (RuntimeException e) {
                    sent.complete(e);
                }
            }
            draining.set(false);
        } while (!queue.isEmpty() && draining.compareAndSet(false, true));
    }

    /** Times out the sends past their deadline; the oldest come first, so the sweep stops at the first in time. */
    private void expire() {
        long now = System.nanoTime();
        Pending p;
        while ((p = unacknowledged.peek()) != null && (p.isDone() || p.deadline - now < 0)) {
            unacknowledged.poll();
            if (!p.isDone()) { // most were acknowledged long ago: they cost no exception
                p.complete(new TimeoutException("no acknowledgement within " + ingest.ackTimeout()));
            }
        }
    }

    private ProducerRecord<String, byte[]> record(ScanTopic topic, String key, String eventId, Object event) {
        byte[] value;
        try {
            value = json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
        List<Header> fixed = topic.fixedHeaders();
        Header[] headers = new Header[fixed.size() + 1];
        headers[0] = ScanTopic.header("ce_id", eventId);
        for (int i = 0; i < fixed.size(); i++) {
            headers[i + 1] = fixed.get(i);
        }
        return new ProducerRecord<>(topic.name(), null, key, value, new RecordHeaders(headers));
    }

    /** A send whose outcome is reported once, whichever of the broker's answer and the deadline comes first. */
    private static final class Pending extends AtomicBoolean {

        final ProducerRecord<String, byte[]> record;
        final Consumer<Throwable> done;
        final long deadline;

        Pending(ProducerRecord<String, byte[]> record, Consumer<Throwable> done, long deadline) {
            this.record = record;
            this.done = done;
            this.deadline = deadline;
        }

        boolean isDone() {
            return get();
        }

        void complete(Throwable failure) {
            if (compareAndSet(false, true)) {
                done.accept(failure);
            }
        }
    }
}
