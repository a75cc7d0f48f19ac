package vn.vungxanh.checkpoint.messaging;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import vn.vungxanh.common.ingest.ScanSender;

/** At start, the most recent stored passage ids are remembered, so a retry after a restart is DUPLICATE. */
@ApplicationScoped
public class KnownEventIds {

    @Inject
    ScanSender sender;

    @Inject
    DataSource dataSource;

    void onStart(@Observes StartupEvent start) {
        load();
    }

    public int load() {
        int n = sender.rememberStored(dataSource, "passage");
        Log.infof("%d stored passage ids remembered for duplicate answers", n);
        return n;
    }
}
