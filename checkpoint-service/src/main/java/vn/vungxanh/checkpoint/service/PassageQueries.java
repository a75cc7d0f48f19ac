package vn.vungxanh.checkpoint.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.vungxanh.checkpoint.Passage;
import vn.vungxanh.checkpoint.rest.HourlyThroughput;
import vn.vungxanh.checkpoint.rest.PassageView;
import vn.vungxanh.common.audit.TraceAudit;
import vn.vungxanh.common.ingest.Pseudonymiser;
import vn.vungxanh.common.rest.Page;
import vn.vungxanh.common.rest.Params;
import vn.vungxanh.events.Subject;
import vn.vungxanh.events.SubjectType;

/** Stored passages: by checkpoint and time, by traveller and period, and hourly throughput. */
@ApplicationScoped
public class PassageQueries {

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    TraceAudit audit;

    @Transactional
    public Page<PassageView> byCheckpoint(String checkpointId, Instant from, Instant to, int page, int size) {
        Page.check(page, size);
        Params.requirePeriod(from, to);
        var found = Passage.<Passage>find("checkpointId = :cp and scannedAt >= :from and scannedAt < :to",
                Sort.by("scannedAt"), Parameters.with("cp", checkpointId).and("from", from).and("to", to));
        return new Page<>(found.page(page, size).list().stream().map(PassageView::of).toList(), found.count());
    }

    /**
     * The traveller's passages, for contact tracing: the identifier is pseudonymised exactly as at ingest and never
     * stored, and the query is recorded in the audit trail.
     */
    @Transactional
    public Page<PassageView> bySubject(SubjectType type, String value, Instant from, Instant to, int page, int size,
            String askedBy) {
        Page.check(page, size);
        Params.requirePeriod(from, to);
        Params.requireSubjectType(type);
        Subject subject = pseudonymiser.pseudonymise(type, value, "subjectValue");
        var found = Passage.<Passage>find("subjectHash = :h and scannedAt >= :from and scannedAt < :to",
                Sort.by("scannedAt"), Parameters.with("h", subject.hash()).and("from", from).and("to", to));
        long total = found.count();
        audit.record(askedBy, "passages", subject, from, to, 0, total);
        return new Page<>(found.page(page, size).list().stream().map(PassageView::traced).toList(), total);
    }

    @Transactional
    public List<HourlyThroughput> hourly(String checkpointId, Instant from, Instant to) {
        Params.requirePeriod(from, to);
        List<Object[]> rows = Passage.getEntityManager().createQuery(
                "select p.scannedAt, p.decision from Passage p where p.checkpointId = :cp"
                        + " and p.scannedAt >= :from and p.scannedAt < :to", Object[].class)
                .setParameter("cp", checkpointId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<Instant, Map<String, Long>> byHour = new TreeMap<>();
        for (Object[] row : rows) {
            Instant hour = ((Instant) row[0]).truncatedTo(ChronoUnit.HOURS);
            byHour.computeIfAbsent(hour, h -> new TreeMap<>()).merge(String.valueOf(row[1]), 1L, Long::sum);
        }
        List<HourlyThroughput> result = new ArrayList<>();
        byHour.forEach((hour, decisions) -> result.add(new HourlyThroughput(hour,
                decisions.values().stream().mapToLong(Long::longValue).sum(), decisions)));
        return result;
    }
}
