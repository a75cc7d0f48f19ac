package vn.vungxanh.common.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Descriptions without double quotes. The Prometheus text format allows only {@code \\} and {@code \n} escapes in
 * HELP; the registry writes a quote as {@code \"} (e.g. {@code system_cpu_usage}: The "recent cpu usage"...), which
 * strict parsers ({@code promtool check metrics}, other scrapers than Prometheus itself) refuse for the whole scrape.
 */
@Singleton
public class PrometheusDescriptions {

    @Produces
    @Singleton
    MeterFilter withoutQuotes() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String description = id.getDescription();
                if (description == null || description.indexOf('"') < 0) {
                    return id;
                }
                return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
                        description.replace('"', '\''), id.getType());
            }
        };
    }
}
