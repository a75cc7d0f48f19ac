package vn.vungxanh.reliability;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scans posted by several concurrent clients that retry as a scanner app does: the same body, so the same event id,
 * on 503 (after its Retry-After), on a timeout and on a connection error, until acknowledged or {@code retryFor} has
 * passed. A third of the scans goes before the fault, a third while the fault command runs (at a steady rate), the
 * rest after it; the small venue gets its check-ins only from the middle third, so that its OVER_CAPACITY alert is
 * raised while the fault lasts. Every 25th scan is posted once more after its acknowledgement, as a phone that missed the answer
 * would: it must change nothing.
 */
final class Load {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PASSAGE_EVERY = 5;
    /** Of the check-ins posted while the fault lasts, each fifth goes to the small venue. */
    private static final int SMALL_VENUE_EVERY = 5;
    private static final int REPOST_EVERY = 25;

    record Scan(int index, boolean checkin, String placeId, String url, String token, Map<String, Object> body) {
        String eventId() {
            return (String) body.get("eventId");
        }
    }

    final List<Scan> scans = new ArrayList<>();
    /** Event id to the final answer: ACCEPTED, DUPLICATE, or why it was not acknowledged. */
    final Map<String, String> outcome = new ConcurrentHashMap<>();
    final AtomicLong attempts = new AtomicLong();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong reposted = new AtomicLong();
    final AtomicLong repostNotDuplicate = new AtomicLong();

    private final Http http;
    private final Options options;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch firstThirdDone;
    private final int duringFrom;
    private final int afterFrom;
    private volatile long faultStartedNanos = -1;
    private volatile boolean faultDone;

    Load(Http http, Options options, Places places) {
        this.http = http;
        this.options = options;
        Random random = new Random(options.scenario().hashCode());
        List<Places.Place> venues = places.venues();
        duringFrom = options.events() / 3;
        afterFrom = 2 * options.events() / 3;
        int checkins = 0;
        for (int i = 0; i < options.events(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("eventId", UUID.randomUUID().toString());
            if (i % PASSAGE_EVERY == PASSAGE_EVERY - 1) {
                body.put("subject", Map.of("type", "CCCD", "value", String.format("001%09d", random.nextInt(1_000_000_000))));
                body.put("direction", "INBOUND");
                body.put("scannedAt", "");
                body.put("originWardCode", places.wardCode());
                body.put("destinationWardCode", places.wardCode());
                body.put("decision", "TURNED_BACK");
                scans.add(new Scan(i, false, places.checkpoint().id(), options.checkpointUrl() + "/api/v1/passages",
                        places.checkpoint().deviceToken(), body));
            } else {
                // the small venue fills up while the fault lasts: its alert is raised during the fault or after it
                boolean during = i >= duringFrom && i < afterFrom;
                Places.Place venue = during && checkins % SMALL_VENUE_EVERY == SMALL_VENUE_EVERY - 1
                        ? places.smallVenue() : venues.get(checkins % venues.size());
                checkins++;
                body.put("subject", Map.of("type", "PHONE", "value", String.format("09%08d", random.nextInt(100_000_000))));
                body.put("direction", "IN");
                body.put("scannedAt", "");
                scans.add(new Scan(i, true, venue.id(), options.checkinUrl() + "/api/v1/checkins", venue.deviceToken(), body));
            }
        }
        firstThirdDone = new CountDownLatch(duringFrom);
    }

    /** Blocks until the first third is acknowledged (or given up on): the moment to inject the fault. */
    void awaitFirstThird() throws InterruptedException {
        firstThirdDone.await();
    }

    void faultStarted() {
        faultStartedNanos = System.nanoTime();
    }

    void faultDone() {
        faultDone = true;
    }

    /** Runs the clients to the end: every scan acknowledged or given up on. */
    void run() throws InterruptedException {
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            Thread t = new Thread(this::client, "client-" + c);
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) {
            t.join();
        }
    }

    private void client() {
        try {
            for (int i = next.getAndIncrement(); i < scans.size(); i = next.getAndIncrement()) {
                gate(i);
                Scan scan = scans.get(i);
                // the device's clock at the moment of the scan, kept on every retry of it
                scan.body().put("scannedAt", OffsetDateTime.now(ZONE).withNano(0).toString());
                String answer = post(scan);
                outcome.put(scan.eventId(), answer);
                if (i % REPOST_EVERY == 0 && acknowledged(answer)) {
                    reposted.incrementAndGet();
                    if (!post(scan).equals("DUPLICATE")) {
                        repostNotDuplicate.incrementAndGet();
                    }
                }
                if (i < duringFrom) {
                    firstThirdDone.countDown();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Before the fault: no wait. While it runs: a steady rate. After it: no wait. */
    private void gate(int i) throws InterruptedException {
        if (i < duringFrom) {
            return;
        }
        while (faultStartedNanos < 0) {
            Thread.sleep(20);
        }
        if (i < afterFrom) {
            long due = faultStartedNanos + (long) ((i - duringFrom) * 1e9 / options.duringRate());
            while (!faultDone && System.nanoTime() < due) {
                Thread.sleep(Math.max(1, Math.min(50, (due - System.nanoTime()) / 1_000_000)));
            }
            return;
        }
        while (!faultDone) {
            Thread.sleep(20);
        }
    }

    /** Posts until acknowledged: the answer's status, or why it was given up. */
    private String post(Scan scan) throws InterruptedException {
        Instant deadline = Instant.now().plus(options.retryFor());
        long backoffMillis = 250;
        String last = "never answered";
        boolean first = true;
        while (Instant.now().isBefore(deadline)) {
            if (!first) {
                retried.incrementAndGet();
            }
            first = false;
            attempts.incrementAndGet();
            long waitMillis = backoffMillis;
            try {
                Http.Answer answer = http.send("POST", scan.url(), scan.token(), scan.body());
                if (answer.status() == 202) {
                    return answer.json().path("status").asText("ACCEPTED?");
                }
                last = "HTTP " + answer.status();
                if (answer.status() != 503 && answer.status() != 502 && answer.status() != 504 && answer.status() != 429) {
                    return last + " " + title(answer);
                }
                if (answer.retryAfterSeconds() >= 0) {
                    waitMillis = Math.min(5000, Math.max(100, answer.retryAfterSeconds() * 1000));
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            }
            Thread.sleep(waitMillis);
            backoffMillis = Math.min(2000, backoffMillis * 2);
        }
        return "gave up after " + options.retryFor() + " (" + last + ")";
    }

    private static String title(Http.Answer answer) {
        try {
            return answer.json().path("title").asText("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    static boolean acknowledged(String answer) {
        return answer.equals("ACCEPTED") || answer.equals("DUPLICATE");
    }

    /** Event ids of the scans of one kind that were acknowledged. */
    List<String> acknowledged(boolean checkins) {
        return scans.stream().filter(s -> s.checkin() == checkins && acknowledged(outcome.getOrDefault(s.eventId(), "")))
                .map(Scan::eventId).toList();
    }

    /** Acknowledged check-ins at one venue. */
    long acknowledgedAt(String placeId) {
        return scans.stream().filter(s -> s.placeId().equals(placeId) && acknowledged(outcome.getOrDefault(s.eventId(), "")))
                .count();
    }

    long posted(boolean checkins) {
        return scans.stream().filter(s -> s.checkin() == checkins).count();
    }

    /** Answers other than an acknowledgement, counted by kind, for the report. */
    Map<String, Integer> failures() {
        Map<String, Integer> failures = new LinkedHashMap<>();
        outcome.values().stream().filter(a -> !acknowledged(a))
                .forEach(a -> failures.merge(a.length() > 80 ? a.substring(0, 80) : a, 1, Integer::sum));
        return failures;
    }
}
