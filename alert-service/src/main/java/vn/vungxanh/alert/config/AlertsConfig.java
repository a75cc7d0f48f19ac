package vn.vungxanh.alert.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Timings and thresholds of the alert lifecycle (product defaults; a district may change them). */
@ConfigMapping(prefix = "vx.alerts")
public interface AlertsConfig {

    /** How long a condition must stay cleared before its alert resolves by itself (flap damping). */
    @WithDefault("10M")
    Duration holdOff();

    /** How often each replica looks for alerts due for resolution or escalation. */
    @WithDefault("15s")
    Duration sweepInterval();

    /** At most this many due alerts handled per sweep (the rest wait for the next one). */
    @WithDefault("500")
    int sweepBatch();

    /** Local time of the districts: days and reports start at local midnight. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** How far an inspector's clock may run ahead when naming the end of an observed window. */
    @WithDefault("5M")
    Duration inspectionClockTolerance();

    /**
     * An alert that keeps firing counts every signal, but its history records a repeat only when it is the first
     * since another change, when it raises the severity, or when the last recorded repeat is this old.
     */
    @WithDefault("1H")
    Duration repeatHistoryInterval();

    Escalation escalation();

    Coverage coverage();

    Paging paging();

    interface Escalation {

        /** Not acknowledged within this time: severity is raised and receivers are told again. */
        @WithDefault("30M")
        Duration after();

        /** The same at wards at or above {@link #highLevel()}. */
        @WithDefault("15M")
        Duration afterAtHighLevel();

        @WithDefault("3")
        int highLevel();

        /** How many times one alert may escalate. */
        @WithDefault("2")
        int maxTimes();

        /** Whether an escalation is delivered to the webhook receivers again. */
        @WithDefault("true")
        boolean renotify();
    }

    interface Coverage {

        /** LOW_QR_COVERAGE: the share of counted people that must have checked in, at ward level 1, 2, 3, 4. */
        @WithDefault("0.80,0.80,0.90,0.90")
        List<Double> requiredByLevel();
    }

    interface Paging {

        @WithDefault("20")
        int defaultSize();

        @WithDefault("200")
        int maxSize();
    }
}
