package vn.vungxanh.alert.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the live alert streams (Server-Sent Events), each held open by a board for as long as it shows. */
@ConfigMapping(prefix = "vx.sse")
public interface StreamConfig {

    /** Streams one caller (one token subject) may hold open on one replica at once: a few tabs, not a flood. */
    @WithDefault("5")
    int maxStreamsPerCaller();

    /** Streams one replica holds open at once, from all callers together. */
    @WithDefault("1000")
    int maxStreamsPerReplica();
}
