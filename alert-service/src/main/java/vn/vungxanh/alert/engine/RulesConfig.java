package vn.vungxanh.alert.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Default thresholds of the compliance rules (the catalogue: docs/RULES.md). A list holds one value per epidemic level
 * 1, 2, 3, 4; a district may override some of them ({@link Thresholds}).
 */
@ConfigMapping(prefix = "vx.rules")
public interface RulesConfig {

    /** How often the engine looks at places whose next deadline has passed (wall-clock). */
    @WithDefault("15S")
    Duration evaluationInterval();

    /** Scans older than this (device clock) are no longer counted. */
    @WithDefault("72H")
    Duration lateTolerance();

    /**
     * Scans stamped further ahead of the wall clock than this are not counted: a device clock far in the future would
     * otherwise push the window stores' time ahead and expire the real history.
     */
    @WithDefault("10M")
    Duration futureTolerance();

    /** While a windowed rule fires, how often it is checked again for clearing. */
    @WithDefault("1M")
    Duration recheckInterval();

    /**
     * After an inspector resolves an alert by hand while its condition still holds, how long until that condition
     * opens a new alert. A condition that clears in between opens a new alert at once when it returns.
     */
    @WithDefault("30M")
    Duration reopenAfter();

    /**
     * How long the engine keeps what it knows of a place id that no registry record (venue, checkpoint or device)
     * names, counted from the latest input about it. Scans that arrive before their place's registration are judged
     * when it arrives within this time; after it, junk ids posted by anyone no longer take room in the store.
     */
    @WithDefault("1H")
    Duration unregisteredRetention();

    ScanningSilent scanningSilent();

    ScanRateDrop scanRateDrop();

    OverCapacity overCapacity();

    InvalidQr invalidQrScans();

    ScannerOffline scannerOffline();

    CheckpointSilent checkpointSilent();

    HighRisk highRiskArrival();

    FeverCluster feverCluster();

    interface ScanningSilent {
        /** Markets, supermarkets and shopping centres. */
        @WithDefault("30M,20M,15M,10M")
        List<Duration> crowded();

        @WithDefault("45M,30M,20M,15M")
        List<Duration> convenienceStore();

        @WithDefault("60M,45M,30M,20M")
        List<Duration> other();
    }

    interface ScanRateDrop {
        /** Alert when the last hour is below this share of the venue's median for that hour of the week. */
        @WithDefault("0.30")
        double ownShare();

        /** Weeks of history the venue needs before its own median counts. */
        @WithDefault("2")
        int minWeeks();

        /** Weeks looked back for the median. */
        @WithDefault("4")
        int maxWeeks();

        /** A median below this many check-ins an hour is too small to judge a drop. */
        @WithDefault("10")
        int minBaseline();

        /**
         * Without enough weeks of its own history, alert when the last hour is below this share of the median of its
         * peers: the other open venues of the same type in the same ward.
         */
        @WithDefault("0.25")
        double peerShare();

        /** Fewer other open peers than this judge nothing. */
        @WithDefault("2")
        int minPeers();

        /** A peers' median below this many check-ins an hour (a quiet hour) judges nothing. */
        @WithDefault("10")
        int minPeerMedian();

        /** How long after an hour ends the peers' counts of that hour are collected before they are compared. */
        @WithDefault("2M")
        Duration peerSettle();

        /** How long a compared hour's counts are kept for a venue whose count arrives late. */
        @WithDefault("1H")
        Duration peerRetention();
    }

    interface OverCapacity {
        /** Share of capacity allowed per level. */
        @WithDefault("1.00,0.75,0.50,0.30")
        List<Double> share();

        @WithDefault("60M")
        Duration dwellMarket();

        @WithDefault("15M")
        Duration dwellConvenienceStore();

        @WithDefault("45M")
        Duration dwellSupermarket();

        @WithDefault("90M")
        Duration dwellShoppingCenter();

        @WithDefault("60M")
        Duration dwellOther();
    }

    interface InvalidQr {
        @WithDefault("5")
        int minRejected();

        @WithDefault("0.20")
        double minShare();

        @WithDefault("30M")
        Duration window();

        /**
         * Unverified claims (a poster whose signature did not verify, naming the venue) count only from this many
         * distinct client addresses in the window, and then at INFO severity: one sender cannot raise it alone.
         */
        @WithDefault("5")
        int minUnverifiedClients();
    }

    interface ScannerOffline {
        @WithDefault("15M")
        Duration after();
    }

    interface CheckpointSilent {
        @WithDefault("10M,10M,5M,5M")
        List<Duration> after();
    }

    interface HighRisk {
        /** Origin ward (or province) at this level or above. */
        @WithDefault("3")
        int originLevel();

        @WithDefault("37.5")
        BigDecimal feverCelsius();

        /** The arrival signal clears after this long without another high-risk arrival for the same ward. */
        @WithDefault("60M")
        Duration quietAfter();

        /**
         * From this level of the destination ward, a traveller let through must show an accepted health certificate
         * (reason CERTIFICATE_MISSING); none: no level requires one. A certificate shown and not accepted (forged,
         * expired, a test too old...) is a reason at every level (CERTIFICATE_NOT_ACCEPTED).
         */
        Optional<Integer> certificateLevel();
    }

    interface FeverCluster {
        @WithDefault("3")
        int readings();

        @WithDefault("37.5")
        BigDecimal feverCelsius();

        @WithDefault("60M")
        Duration window();
    }
}
