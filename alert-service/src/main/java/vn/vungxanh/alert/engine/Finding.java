package vn.vungxanh.alert.engine;

import java.time.Instant;
import java.util.Map;

import vn.vungxanh.events.Rule;

/**
 * The outcome of one rule for one place at one instant.
 *
 * @param holds whether the rule's condition holds
 * @param trigger whether a new triggering event (a scan, a reading, an arrival) caused this evaluation: a firing
 *        rule signals again so that the alert counts the repeat
 * @param wardCode the ward that must act
 * @param triggerId the event behind the finding, or the deadline that was reached; makes signal ids repeatable
 */
public record Finding(
        Rule rule,
        String fingerprint,
        boolean holds,
        boolean trigger,
        String wardCode,
        Instant observedAt,
        Map<String, Object> evidence,
        String triggerId) {
}
