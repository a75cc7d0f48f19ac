package vn.vungxanh.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import vn.vungxanh.events.Topics;

/**
 * Looks at the system from outside, as an operator would: rows in the services' databases, the inspectors' API, the
 * dead-letter topic and the consumer groups' lag.
 */
final class Observer implements AutoCloseable {

    /** Topics whose consumers must have caught up before the counts are final. */
    private static final Set<String> WATCHED = Set.of(Topics.CHECKINS, Topics.PASSAGES, Topics.ALERT_SIGNALS);

    private final Options options;
    private final Http http;
    private final Admin admin;

    Observer(Options options, Http http) {
        this.options = options;
        this.http = http;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        this.admin = Admin.create(props);
    }

    /** Event ids found in a service's table among the given ones. */
    Set<String> stored(String database, String table, String placeColumn, Collection<String> placeIds) throws SQLException {
        String url = "jdbc:mariadb://" + options.db() + "/" + database + "?user=root&connectTimeout=3000";
        String marks = placeIds.stream().map(p -> "?").collect(Collectors.joining(","));
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement s = c.prepareStatement("SELECT event_id FROM " + table + " WHERE " + placeColumn
                        + " IN (" + marks + ")")) {
            int i = 1;
            for (String p : placeIds) {
                s.setString(i++, p);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** scansToday of each of the ward's venues, from the inspectors' venue standings. */
    Map<String, Long> scansToday(String wardCode) {
        JsonNode page = http.call("GET", options.alertUrl() + "/api/v1/compliance/venues?wardCode=" + wardCode
                + "&size=200", options.inspectorToken(), null);
        Map<String, Long> scans = new HashMap<>();
        page.path("items").forEach(v -> scans.put(v.path("venueId").asText(), v.path("scansToday").asLong()));
        return scans;
    }

    /** The ward's alerts, any status, as "placeId rule status". */
    List<String> alerts(String wardCode) {
        JsonNode page = http.call("GET", options.alertUrl() + "/api/v1/alerts?wardCode=" + wardCode + "&size=200",
                options.inspectorToken(), null);
        List<String> alerts = new ArrayList<>();
        page.path("items").forEach(a -> alerts.add((a.hasNonNull("venueId") ? a.path("venueId").asText()
                : a.path("checkpointId").asText()) + " " + a.path("rule").asText() + " " + a.path("status").asText()));
        return alerts;
    }

    /** Records ever written to the dead-letter topic (sum of its partitions' end offsets). */
    long deadLettered() throws InterruptedException, ExecutionException, TimeoutException {
        Set<TopicPartition> partitions = admin.describeTopics(List.of(Topics.DEAD_LETTER)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(Topics.DEAD_LETTER).partitions().stream()
                .map(p -> new TopicPartition(Topics.DEAD_LETTER, p.partition())).collect(Collectors.toSet());
        return endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records of the scan and alert-signal topics that some consumer group has not committed yet. */
    long lag() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Long> perGroup = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long groupLag = 0;
            Map<TopicPartition, Long> mine = new HashMap<>();
            offsets.forEach((tp, om) -> {
                if (om != null && WATCHED.contains(tp.topic())) {
                    mine.put(tp, om.offset());
                }
            });
            Map<TopicPartition, Long> ends = endOffsets(mine.keySet());
            for (Map.Entry<TopicPartition, Long> e : mine.entrySet()) {
                groupLag += Math.max(0, ends.getOrDefault(e.getKey(), 0L) - e.getValue());
            }
            perGroup.put(group.groupId(), groupLag);
        }
        return perGroup.values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> endOffsets(Set<TopicPartition> partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close();
    }
}
