package vn.vungxanh.checkpoint.rest;

import java.time.Instant;
import java.util.Map;

/** Passages through a checkpoint in one hour, and how officers decided. */
public record HourlyThroughput(Instant hour, long passages, Map<String, Long> decisions) {
}
