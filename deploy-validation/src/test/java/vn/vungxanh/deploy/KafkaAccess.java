package vn.vungxanh.deploy;

import vn.vungxanh.events.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service does on Kafka, read from its configuration and code, as the ACL entries it needs:
 * {@code topic:<name>:Read|Write}, {@code group:<name>:Read}, a trailing {@code *} for a prefix. Reads: the
 * topics of its incoming channels and of its Kafka Streams application; writes: its outgoing channels, the dead-letter
 * topic (where it has incoming channels), the topics its code produces to (the ingest producer's
 * {@code ScanTopic}, {@code outbox.publish}, a Kafka Streams {@code .to}); groups: its channels' group ids (a
 * placeholder suffix makes a prefix); its Kafka Streams application id owns the groups and topics it prefixes.
 */
final class KafkaAccess {

    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.topic");
    private static final Pattern CODE_WRITE = Pattern.compile(
            "(?:new ScanTopic\\(|outbox\\.publish\\(|\\.to\\()\\s*Topics\\.([A-Z_]+)");
    private static final String DEAD_LETTER_KEY = "mp.messaging.connector.smallrye-kafka.dead-letter-queue.topic";

    private KafkaAccess() {
    }

    static Set<String> of(String service) {
        Properties config = Project.services().get(service);
        Properties shared = Project.sharedDefaults();
        Set<String> acls = new TreeSet<>();
        boolean consumes = false;
        for (String key : config.stringPropertyNames()) {
            Matcher m = CHANNEL.matcher(key);
            if (key.startsWith("%") || !m.matches()) {
                continue;
            }
            String topic = config.getProperty(key).trim();
            if (m.group(1).equals("incoming")) {
                consumes = true;
                acls.add("topic:" + topic + ":Read");
                String group = config.getProperty("mp.messaging.incoming." + m.group(2) + ".group.id");
                if (group != null) {
                    int placeholder = group.indexOf("${");
                    acls.add("group:" + (placeholder < 0 ? group : group.substring(0, placeholder) + "*") + ":Read");
                }
            } else {
                acls.add("topic:" + topic + ":Write");
            }
        }
        if (consumes) {
            acls.add("topic:" + shared.getProperty(DEAD_LETTER_KEY).trim() + ":Write");
        }
        String streamTopics = config.getProperty("quarkus.kafka-streams.topics");
        if (streamTopics != null) {
            for (String t : streamTopics.split(",")) {
                acls.add("topic:" + t.trim() + ":Read");
            }
            String applicationId = Project.resolve(config.getProperty("quarkus.kafka-streams.application-id"),
                    Map.of());
            acls.add("group:" + applicationId + "*:Read");
            acls.add("topic:" + applicationId + "*:All");
        }
        boolean outbox = "true".equals(config.getProperty("vx.outbox.enabled"));
        for (String module : outbox ? List.of(service, "common") : List.of(service)) {
            Matcher m = CODE_WRITE.matcher(sources(module));
            while (m.find()) {
                acls.add("topic:" + topic(m.group(1)) + ":Write");
            }
        }
        return acls;
    }

    private static String topic(String constant) {
        try {
            return (String) Topics.class.getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Topics." + constant, e);
        }
    }

    private static String sources(String module) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Project.ROOT.resolve(module).resolve("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> all.append(Yaml.read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
