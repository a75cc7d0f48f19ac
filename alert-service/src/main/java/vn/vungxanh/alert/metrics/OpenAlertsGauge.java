package vn.vungxanh.alert.metrics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import vn.vungxanh.alert.AlertStatus;

/**
 * {@code vx_alerts_open{rule,district}}: alerts not yet resolved (firing or acknowledged), counted from the database
 * every {@code vx.metrics.open-alerts-refresh}. While the database is away the last counts stay.
 */
@Startup
@ApplicationScoped
public class OpenAlertsGauge {

    @Inject
    EntityManager em;

    private final MultiGauge open;

    @Inject
    OpenAlertsGauge(MeterRegistry registry) {
        open = MultiGauge.builder("vx.alerts.open").description("alerts not yet resolved, by rule and district")
                .register(registry);
    }

    @Scheduled(every = "${vx.metrics.open-alerts-refresh:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void refresh() {
        try {
            List<Object[]> rows = em.createQuery("select a.rule, a.districtCode, count(a) from Alert a"
                    + " where a.status <> :resolved group by a.rule, a.districtCode", Object[].class)
                    .setParameter("resolved", AlertStatus.RESOLVED).getResultList();
            open.register(rows.stream().map(r -> MultiGauge.Row.of(
                    Tags.of("rule", String.valueOf(r[0]), "district", String.valueOf(r[1])), (Number) r[2])).toList(),
                    true);
        } catch (RuntimeException e) {
            Log.debugf("open alerts not counted: %s", e.getMessage());
        }
    }
}
