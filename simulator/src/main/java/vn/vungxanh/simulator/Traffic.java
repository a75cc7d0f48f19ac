package vn.vungxanh.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import vn.vungxanh.events.OpeningHours;

/**
 * Drives scan traffic minute by minute of simulated time: a replay of the last hours at the chosen speed (phones
 * upload late, which the API accepts up to 72 h), then live traffic in real time. Visitors arrive along each venue
 * type's daily curve and check out after their dwell time; some phones go offline and upload batches late; some
 * requests are retried with the same event id; device clocks drift. Planted misbehaviour changes what is scanned.
 */
final class Traffic {

    private static final int MAX_IN_FLIGHT = 64;
    private static final double CHECKOUT_SHARE = 0.7;
    private static final double RETRY_SHARE = 0.02;
    private static final double OFFLINE_DEVICE_SHARE = 0.05;
    private static final int OFFLINE_FLUSH_MINUTES = 15;
    private static final int INSPECTION_MINUTES = 30;
    private static final double FEVER_C = 38.3;
    /** Visitors a minute at least, in round-the-clock runs: short silence thresholds must not catch compliant venues. */
    private static final double BUSY_VISITORS_PER_MINUTE = 4.0;

    private final Api api;
    private final SimulatorOptions options;
    private final World world;
    private final Random random;
    private final Map<String, Integer> clockDriftSeconds = new HashMap<>();
    private final Set<String> offlineDevices = new HashSet<>();
    private final Map<String, List<Map<String, Object>>> offlineBuffers = new HashMap<>();
    private final PriorityQueue<PendingCheckout> checkouts = new PriorityQueue<>();
    private final Map<String, Set<String>> scannedToday = new HashMap<>();
    /** Arrivals per venue per simulated minute, for the inspectors' head counts. */
    private final Map<String, Map<Instant, Integer>> arrivals = new HashMap<>();
    private Instant inspectionFrom;
    private final CountDownLatch live = new CountDownLatch(1);
    private volatile boolean stopped;
    /** While the look-back period is replayed, venues' scans go up as history batches (as phones upload them). */
    private boolean replaying;

    Traffic(Api api, SimulatorOptions options, World world) {
        this.api = api;
        this.options = options;
        this.world = world;
        this.random = new Random(options.seed() + 1);
        for (World.Venue v : world.venues()) {
            clockDriftSeconds.put(v.id(), random.nextInt(181) - 90);
            if (v.planted() == null && !options.alwaysOpen() && random.nextDouble() < OFFLINE_DEVICE_SHARE) {
                offlineDevices.add(v.id());
            }
        }
    }

    /** Ends live traffic at the next minute. */
    void stop() {
        stopped = true;
    }

    /** Waits until the replay is over and traffic runs live. */
    void awaitLive() throws InterruptedException {
        live.await();
    }

    /**
     * Replays the look-back period at speed, inspects, then runs live for the configured time or until
     * {@link #stop()}.
     */
    void run() throws InterruptedException {
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        heartbeats.scheduleAtFixedRate(this::heartbeats, 0, options.heartbeatSeconds(), TimeUnit.SECONDS);
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            Instant t = now.minus(options.lookback());
            inspectionFrom = now.minus(Duration.ofMinutes(INSPECTION_MINUTES));
            long tickMillis = Math.max(1, Math.round(60_000.0 / options.speed()));
            log("replaying %s of traffic at %.0fx, %d venues, %d checkpoints", options.lookback(), options.speed(),
                    world.venues().size(), world.checkpoints().size());
            replaying = true;
            while (t.isBefore(now)) {
                long started = System.currentTimeMillis();
                tick(t);
                t = t.plus(1, ChronoUnit.MINUTES);
                Thread.sleep(Math.max(0, tickMillis - (System.currentTimeMillis() - started)));
            }
            replaying = false;
            flushOffline();
            api.drain(MAX_IN_FLIGHT);
            new Inspections(api, options, world).inspect(plantedForInspection(), inspectionFrom, now, arrivals);
            Instant liveUntil = Instant.now().plus(options.live());
            log("live traffic until %s", liveUntil);
            live.countDown();
            while (!stopped && Instant.now().isBefore(liveUntil)) {
                Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
                tick(minute);
                Instant next = minute.plus(1, ChronoUnit.MINUTES);
                while (!stopped && Instant.now().isBefore(next)) {
                    Thread.sleep(Math.min(1000, Math.max(1, Duration.between(Instant.now(), next).toMillis())));
                }
            }
            flushOffline();
            api.drain(MAX_IN_FLIGHT);
            log("sent %d requests, %d failed", api.sent.get(), api.failed.get());
        } finally {
            live.countDown();
            heartbeats.shutdownNow();
        }
    }

    private List<World.Venue> plantedForInspection() {
        return world.venues().stream().filter(v -> v.planted() == Misbehaviour.ONE_SCAN_PER_VISITOR_PER_DAY
                || v.planted() == Misbehaviour.SCANS_ONLY_DURING_INSPECTION).toList();
    }

    private void tick(Instant minute) {
        ZonedDateTime local = minute.atZone(OpeningHours.ZONE);
        if (local.getHour() == 0 && local.getMinute() == 0) {
            scannedToday.clear();
        }
        for (World.Venue venue : world.venues()) {
            if (OpeningHours.isOpen(venue.openingHours(), local)) {
                double perMinute = VenueProfiles.visitorsPerMinute(venue.type(), local.getHour());
                if (options.alwaysOpen()) {
                    perMinute = Math.max(perMinute, BUSY_VISITORS_PER_MINUTE);
                }
                int visitors = poisson(perMinute * (venue.planted() == Misbehaviour.OVER_CAPACITY ? 2 : 1));
                arrivals.computeIfAbsent(venue.id(), k -> new HashMap<>()).merge(minute, visitors, Integer::sum);
                for (int i = 0; i < visitors; i++) {
                    arrive(venue, minute.plusSeconds(random.nextInt(60)), local);
                }
            }
        }
        while (!checkouts.isEmpty() && !checkouts.peek().at.isAfter(minute)) {
            PendingCheckout out = checkouts.poll();
            postCheckin(out.venue, checkin(out.venue, out.subject, "OUT", out.at, null));
        }
        for (World.Checkpoint checkpoint : world.checkpoints()) {
            passages(checkpoint, minute);
        }
        if (local.getMinute() % OFFLINE_FLUSH_MINUTES == 0) {
            flushOffline();
        }
    }

    private void arrive(World.Venue venue, Instant at, ZonedDateTime local) {
        String subject = venue.planted() == Misbehaviour.ONE_SCAN_PER_VISITOR_PER_DAY
                ? "09" + String.format("%08d", random.nextInt(25)) // regulars of the neighbourhood
                : Visitors.phone(random);
        if (!scans(venue, subject, at, local)) {
            return;
        }
        BigDecimal temperature = BigDecimal.valueOf(36.0 + random.nextInt(12) / 10.0);
        if (venue.planted() == Misbehaviour.FAKE_POSTER && random.nextBoolean()) {
            // what a real fake poster produces: many visitors' own phones scanning it, each from its own address
            Map<String, Object> body = checkin(venue, subject, "IN", at, temperature);
            body.put("venueQr", forged(venue.qr()));
            api.sendFromPhone(options.checkinUrl() + "/api/v1/checkins", body, phoneAddress(subject));
            return;
        }
        postCheckin(venue, checkin(venue, subject, "IN", at, temperature));
        if (random.nextDouble() < CHECKOUT_SHARE) {
            int dwell = VenueProfiles.dwellMinutes(venue.type());
            checkouts.add(new PendingCheckout(venue, subject, at.plusSeconds(60L * (dwell / 2 + random.nextInt(dwell + 1)))));
        }
    }

    /** Whether the visitor's scan is recorded at all: this is where planted venues cheat or break. */
    private boolean scans(World.Venue venue, String subject, Instant at, ZonedDateTime local) {
        if (venue.planted() == null) {
            return true;
        }
        int[] rush = VenueProfiles.rushHours(venue.type());
        return switch (venue.planted()) {
            case NEVER_SCANS, BROKEN_SCANNER -> false;
            case STOPS_IN_RUSH_HOUR -> local.getHour() < rush[0] || local.getHour() >= rush[1];
            case SCANS_ONLY_DURING_INSPECTION -> !at.isBefore(inspectionFrom) && at.isBefore(inspectionFrom.plus(
                    Duration.ofMinutes(INSPECTION_MINUTES))) || random.nextDouble() < 0.1;
            case ONE_SCAN_PER_VISITOR_PER_DAY -> scannedToday.computeIfAbsent(venue.id(), k -> new HashSet<>()).add(subject);
            default -> true;
        };
    }

    private Map<String, Object> checkin(World.Venue venue, String phone, String direction, Instant at,
            BigDecimal temperature) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("subject", Map.of("type", "PHONE", "value", phone));
        body.put("direction", direction);
        body.put("scannedAt", deviceTime(venue.id(), at));
        if (temperature != null) {
            body.put("temperatureC", temperature);
        }
        return body;
    }

    private void postCheckin(World.Venue venue, Map<String, Object> body) {
        if (replaying || offlineDevices.contains(venue.id())) {
            offlineBuffers.computeIfAbsent(venue.id(), k -> new ArrayList<>()).add(body);
            return;
        }
        api.send("POST", options.checkinUrl() + "/api/v1/checkins", venue.deviceToken(), body);
        if (random.nextDouble() < RETRY_SHARE) {
            api.send("POST", options.checkinUrl() + "/api/v1/checkins", venue.deviceToken(), body);
        }
    }

    /** Phones that were offline upload what they kept, in batches. */
    private void flushOffline() {
        for (World.Venue venue : world.venues()) {
            List<Map<String, Object>> buffered = offlineBuffers.remove(venue.id());
            for (int from = 0; buffered != null && from < buffered.size(); from += 500) {
                api.send("POST", options.checkinUrl() + "/api/v1/checkins/batch", venue.deviceToken(),
                        Map.of("events", buffered.subList(from, Math.min(buffered.size(), from + 500))));
            }
        }
    }

    private void passages(World.Checkpoint checkpoint, Instant minute) {
        if (checkpoint.planted() == Misbehaviour.CHECKPOINT_SILENT) {
            return;
        }
        int travellers = Math.max(poisson(0.8), 1); // a staffed checkpoint on a main road sees someone every minute
        for (int i = 0; i < travellers; i++) {
            World.Permit permit = checkpoint.permits().get(random.nextInt(checkpoint.permits().size()));
            boolean fever = checkpoint.planted() == Misbehaviour.FEVER_ARRIVALS
                    && minute.atZone(OpeningHours.ZONE).getMinute() % 15 == 0 && i == 0;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("eventId", UUID.randomUUID().toString());
            body.put("permitQr", permit.qr());
            body.put("subject", Map.of("type", "CCCD", "value", permit.subjectValue()));
            body.put("direction", "INBOUND");
            body.put("scannedAt", OffsetDateTime.ofInstant(minute.plusSeconds(random.nextInt(60)), OpeningHours.ZONE));
            body.put("originWardCode", permit.fromWardCode());
            body.put("destinationWardCode", permit.toWardCode());
            body.put("temperatureC", fever ? BigDecimal.valueOf(FEVER_C) : BigDecimal.valueOf(36.2 + random.nextInt(9) / 10.0));
            body.put("decision", "ALLOWED");
            api.send("POST", options.checkpointUrl() + "/api/v1/passages", checkpoint.deviceToken(), body);
        }
    }

    private void heartbeats() {
        try {
            for (World.Venue venue : world.venues()) {
                if (venue.planted() != Misbehaviour.BROKEN_SCANNER && !offlineDevices.contains(venue.id())) {
                    api.send("POST", options.checkinUrl() + "/api/v1/devices/heartbeat", venue.deviceToken(), null);
                }
            }
            for (World.Checkpoint checkpoint : world.checkpoints()) {
                api.send("POST", options.checkpointUrl() + "/api/v1/checkpoints/devices/heartbeat", checkpoint.deviceToken(), null);
            }
        } catch (RuntimeException e) {
            log("heartbeats failed: %s", e.getMessage());
        }
    }

    private OffsetDateTime deviceTime(String venueId, Instant at) {
        return OffsetDateTime.ofInstant(at.plusSeconds(clockDriftSeconds.getOrDefault(venueId, 0)), OpeningHours.ZONE);
    }

    /** A visitor's phone's address (from 198.18.0.0/15, a range reserved for tests), stable per visitor. */
    static String phoneAddress(String subject) {
        int h = subject.hashCode();
        return "198." + (18 + ((h >>> 16) & 1)) + "." + ((h >>> 8) & 0xff) + "." + (h & 0xff);
    }

    /** The poster's signed payload with one signature character changed: what a fake or edited poster carries. */
    static String forged(String qr) {
        int at = qr.lastIndexOf('.') + 10;
        if (at >= qr.length()) {
            return qr + "x";
        }
        return qr.substring(0, at) + (qr.charAt(at) == 'A' ? 'Q' : 'A') + qr.substring(at + 1);
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    static void log(String format, Object... args) {
        System.out.printf("[simulator] " + format + "%n", args);
    }

    private record PendingCheckout(World.Venue venue, String subject, Instant at) implements Comparable<PendingCheckout> {
        @Override
        public int compareTo(PendingCheckout o) {
            return at.compareTo(o.at);
        }
    }
}
