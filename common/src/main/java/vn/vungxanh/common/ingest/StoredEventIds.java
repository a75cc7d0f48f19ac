package vn.vungxanh.common.ingest;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * At start, an ingest service remembers the most recent event ids of its stored scans
 * ({@code vx.ingest.stored-events-table}), so that a retry after a restart, or of an event stored through another
 * replica, is answered DUPLICATE. Services without that setting are left alone.
 */
@ApplicationScoped
public class StoredEventIds {

    @Inject
    IngestConfig config;

    @Inject
    Instance<ScanSender> sender;

    @Inject
    Instance<DataSource> dataSource;

    void onStart(@Observes StartupEvent start) {
        load();
    }

    /** Reads the stored ids now; returns how many were remembered. */
    public int load() {
        if (config.storedEventsTable().isEmpty()) {
            return 0;
        }
        String table = config.storedEventsTable().get();
        int n = sender.get().rememberStored(dataSource.get(), table);
        Log.infof("%d stored event ids of %s remembered for duplicate answers", n, table);
        return n;
    }
}
