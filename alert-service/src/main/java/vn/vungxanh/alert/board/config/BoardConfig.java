package vn.vungxanh.alert.board.config;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The inspectors' board: how its chart counts are bucketed and how long counted event ids are remembered. */
@ConfigMapping(prefix = "vx.board")
public interface BoardConfig {

    /** Local time of the districts: days and hours of the charts. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /**
     * How long an event id stays remembered (deleted by AlertHousekeeping); must exceed the latest accepted scan
     * (72 h late).
     */
    @WithDefault("P4D")
    Duration countedEventRetention();
}
