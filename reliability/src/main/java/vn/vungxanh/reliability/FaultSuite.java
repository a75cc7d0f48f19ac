package vn.vungxanh.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One fault scenario against the running local stack: registers its places in a ward of its own, drives scans with
 * retrying clients, runs the fault command once a third of the scans are acknowledged, waits for the consumers to
 * catch up, then counts what was acknowledged, stored, counted, alerted and dead-lettered, and appends the verdict
 * row to the results file. {@code table} prints the rows.
 */
public final class FaultSuite {

    private static final Duration FAULT_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration POLL = Duration.ofSeconds(3);

    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("table")) {
            System.exit(Verdict.printTable(Path.of(args[1])) ? 0 : 1);
        }
        if (args.length < 1 || !args[0].equals("scenario")) {
            System.err.print(Options.USAGE);
            System.exit(2);
        }
        Options options = Options.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        Verdict verdict = run(options);
        Files.writeString(options.results(), verdict.tsv() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        log(options, "%s: %s", verdict.verdict(), verdict.notes().isEmpty() ? "all counts agree" : verdict.notes());
    }

    static Verdict run(Options o) throws Exception {
        long started = System.nanoTime();
        Http http = new Http();
        try (Observer observer = new Observer(o, http)) {
            long deadLetteredBefore = observer.deadLettered();
            Places places = Places.register(http, o, o.wardIndex());
            log(o, "registered %d venues (one of capacity %d) and a checkpoint in ward %s", places.allVenues().size(),
                    Places.SMALL_CAPACITY, places.wardCode());
            awaitVenuesKnown(o, observer, places);

            Load load = new Load(http, o, places);
            Thread clients = new Thread(() -> {
                try {
                    load.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "load");
            clients.start();
            load.awaitFirstThird();
            log(o, "first third acknowledged; injecting the fault: %s", o.fault());
            load.faultStarted();
            long faultStarted = System.nanoTime();
            int faultExit = runFault(o);
            double faultSeconds = (System.nanoTime() - faultStarted) / 1e9;
            load.faultDone();
            log(o, "fault command ended (exit %d) after %.1f s; see %s", faultExit, faultSeconds, o.faultLog());
            clients.join();
            log(o, "load done: %d scans, %d attempts, %d retried, %d re-posted on purpose", load.scans.size(),
                    load.attempts.get(), load.retried.get(), load.reposted.get());

            Measurement m = settle(o, observer, places, load, deadLetteredBefore);
            return judge(o, places, load, m, faultExit, faultSeconds, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void awaitVenuesKnown(Options o, Observer observer, Places places) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Set<String> ids = new HashSet<>(places.allVenues().stream().map(Places.Place::id).toList());
        while (true) {
            try {
                if (observer.scansToday(places.wardCode()).keySet().containsAll(ids)) {
                    Thread.sleep(2000); // the rules engine reads the same registry topic
                    return;
                }
            } catch (RuntimeException e) {
                // not yet
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("alert-service did not list the scenario's venues within 60 s");
            }
            Thread.sleep(500);
        }
    }

    private static int runFault(Options o) throws IOException, InterruptedException {
        if (o.fault().isBlank()) {
            return 0;
        }
        Process p = new ProcessBuilder("bash", "-c", o.fault()).redirectErrorStream(true)
                .redirectOutput(o.faultLog().toFile()).start();
        if (!p.waitFor(FAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    record Measurement(Set<String> checkinsStored, Set<String> passagesStored, long counted, List<String> alerts,
            long deadLettered, long lag, String error) {
        boolean sameCounts(Measurement other) {
            return other != null && checkinsStored.size() == other.checkinsStored.size()
                    && passagesStored.size() == other.passagesStored.size() && counted == other.counted
                    && alerts.equals(other.alerts) && deadLettered == other.deadLettered;
        }
    }

    /**
     * Polls until every consumer group has caught up with the scan and alert-signal topics and two polls in a row
     * agree, or the settle timeout passes; answers the last measurement.
     */
    private static Measurement settle(Options o, Observer observer, Places places, Load load, long dlqBefore)
            throws InterruptedException {
        long until = System.nanoTime() + o.settleTimeout().toNanos();
        Measurement previous = null;
        Measurement m;
        while (true) {
            m = measure(observer, places, dlqBefore);
            boolean settled = m.error() == null && m.lag() == 0 && previous != null && previous.lag() == 0
                    && m.sameCounts(previous);
            if (settled) {
                return m;
            }
            if (System.nanoTime() > until) {
                return new Measurement(m.checkinsStored(), m.passagesStored(), m.counted(), m.alerts(),
                        m.deadLettered(), m.lag(), "not settled after " + o.settleTimeout()
                                + (m.error() != null ? " (" + m.error() + ")" : ", consumer lag " + m.lag()));
            }
            previous = m.error() == null ? m : null;
            log(o, "settling: stored %d+%d of %d+%d acknowledged, counted %d, alerts %d, dead-lettered %d, lag %d%s",
                    m.checkinsStored().size(), m.passagesStored().size(), load.acknowledged(true).size(),
                    load.acknowledged(false).size(), m.counted(), m.alerts().size(), m.deadLettered(), m.lag(),
                    m.error() == null ? "" : " (" + m.error() + ")");
            Thread.sleep(POLL.toMillis());
        }
    }

    private static Measurement measure(Observer observer, Places places, long dlqBefore) {
        List<String> venueIds = places.allVenues().stream().map(Places.Place::id).toList();
        try {
            Set<String> checkins = observer.stored("vungxanh_checkin", "checkin", "venue_id", venueIds);
            Set<String> passages = observer.stored("vungxanh_checkpoint", "passage", "checkpoint_id",
                    List.of(places.checkpoint().id()));
            Map<String, Long> scans = observer.scansToday(places.wardCode());
            long counted = venueIds.stream().mapToLong(id -> scans.getOrDefault(id, 0L)).sum();
            List<String> alerts = observer.alerts(places.wardCode()).stream().sorted().toList();
            return new Measurement(checkins, passages, counted, alerts, observer.deadLettered() - dlqBefore,
                    observer.lag(), null);
        } catch (Exception e) {
            return new Measurement(Set.of(), Set.of(), 0, List.of(), 0, -1, e.getClass().getSimpleName() + ": "
                    + Objects.toString(e.getMessage(), "").lines().findFirst().orElse(""));
        }
    }

    private static Verdict judge(Options o, Places places, Load load, Measurement m, int faultExit, double faultSeconds,
            double seconds) {
        List<String> notes = new ArrayList<>();
        List<String> ciAcked = load.acknowledged(true);
        List<String> paAcked = load.acknowledged(false);
        long ciPosted = load.posted(true);
        long paPosted = load.posted(false);
        long ciMissing = ciAcked.stream().filter(id -> !m.checkinsStored().contains(id)).count();
        long paMissing = paAcked.stream().filter(id -> !m.passagesStored().contains(id)).count();
        long ciExtra = m.checkinsStored().size() - (ciAcked.size() - ciMissing);
        long paExtra = m.passagesStored().size() - (paAcked.size() - paMissing);
        if (faultExit != 0) {
            notes.add("the fault command failed (exit " + faultExit + ", see " + o.faultLog() + ")");
        }
        if (m.error() != null) {
            notes.add(m.error());
        }
        if (ciAcked.size() != ciPosted || paAcked.size() != paPosted) {
            // not a loss (the client knows it was not taken), but shown: a real app would post it again later
            notes.add("(" + (ciPosted + paPosted - ciAcked.size() - paAcked.size()) + " scans not acknowledged: "
                    + load.failures() + ")");
        }
        if (ciMissing > 0 || paMissing > 0) {
            notes.add(ciMissing + " acknowledged check-ins and " + paMissing + " passages not stored");
        }
        if (ciExtra > 0 || paExtra > 0) {
            notes.add(ciExtra + " check-ins and " + paExtra + " passages stored that were never acknowledged");
        }
        if (m.counted() != ciAcked.size()) {
            notes.add("scansToday " + m.counted() + " for " + ciAcked.size() + " acknowledged check-ins");
        }
        List<String> expected = load.acknowledgedAt(places.smallVenue().id()) > Places.SMALL_CAPACITY
                ? List.of(places.smallVenue().id() + " OVER_CAPACITY") : List.of();
        List<String> opened = m.alerts().stream().map(a -> a.substring(0, a.lastIndexOf(' '))).sorted().toList();
        if (!opened.equals(expected)) {
            notes.add("alerts expected " + expected + ", opened " + m.alerts());
        }
        if (m.deadLettered() != 0) {
            notes.add(m.deadLettered() + " records dead-lettered");
        }
        if (load.repostNotDuplicate.get() > 0) {
            notes.add("(" + load.repostNotDuplicate.get() + " of " + load.reposted.get()
                    + " deliberate re-posts not answered DUPLICATE)");
        }
        boolean pass = notes.stream().allMatch(n -> n.startsWith("("));
        return new Verdict(o.scenario(), o.description(), ciPosted, ciAcked.size(), m.checkinsStored().size(),
                m.counted(), paPosted, paAcked.size(), m.passagesStored().size(), expected.size(), opened.size(),
                m.deadLettered(), pass ? "PASS" : "FAIL", faultSeconds, seconds, String.join("; ", notes));
    }

    static void log(Options o, String format, Object... args) {
        System.out.printf(Locale.ROOT, "[reliability %s] " + format + "%n", prepend(o.scenario(), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
