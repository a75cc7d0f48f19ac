package vn.vungxanh.common.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import vn.vungxanh.common.messaging.KafkaConnection;

/**
 * Sends committed outbox rows to Kafka in id order and deletes them only once the broker has acknowledged every
 * one: a change committed while Kafka is away waits in the table and goes out on a later round. Rows are locked
 * with SKIP LOCKED, so replicas relaying at the same time never send a row twice in one round.
 * {@link OutboxSchedule} calls {@link #drain()} in the services that enable it.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private Producer<String, String> producer;

    /** Relays waiting rows with the service's producer; returns how many were sent. */
    public int drain() {
        return drain(producer());
    }

    /** Relays waiting rows with the given producer; rows stay when any send fails. */
    public int drain(Producer<String, String> with) {
        int total = 0;
        int sent;
        do {
            sent = round(with);
            total += sent;
        } while (sent == config.batchSize());
        return total;
    }

    private int round(Producer<String, String> with) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> ids = new ArrayList<>();
                List<Future<?>> acks = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement("SELECT id, topic, record_key, payload FROM outbox"
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                    select.setInt(1, config.batchSize());
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                            acks.add(with.send(new ProducerRecord<>(rs.getString(2), rs.getString(3), rs.getString(4))));
                        }
                    }
                }
                long deadline = System.nanoTime() + config.sendTimeout().toNanos();
                for (Future<?> ack : acks) {
                    ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                delete(c, ids);
                c.commit();
                return ids.size();
            } catch (Exception e) {
                c.rollback();
                Log.warnf("outbox rows stay for the next round: %s", String.valueOf(e));
                return 0;
            }
        } catch (SQLException e) {
            Log.warnf("outbox not readable: %s", e.getMessage());
            return 0;
        }
    }

    private static void delete(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
            for (Long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Rows still waiting to be sent. */
    public long pending() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM outbox");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An idempotent, acks=all producer for the outbox's topics. */
    public static Producer<String, String> newProducer(String bootstrapServers, long maxBlockMs) {
        return newProducer(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), maxBlockMs);
    }

    /** The same, connected as {@code connection} says (bootstrap servers, TLS, authentication). */
    public static Producer<String, String> newProducer(Map<String, Object> connection, long maxBlockMs) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(maxBlockMs));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = newProducer(KafkaConnection.of(kafkaConfig), config.sendTimeout().toMillis());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }

}
