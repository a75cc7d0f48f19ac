package vn.vungxanh.alert.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.vungxanh.alert.Alert;
import vn.vungxanh.alert.AlertStatus;
import vn.vungxanh.common.auth.Scope;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.Rule;

/** Reads alerts within the caller's scope. */
@ApplicationScoped
public class AlertQueries {

    @Inject
    AlertViews views;

    /** A page of alerts, newest first. */
    @Transactional
    public Page<AlertView> list(Scope scope, Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String district = scope.districtFilter(filter.districtCode());
        String ward = scope.wardFilter(filter.wardCode());
        if (district != null) {
            where.add("districtCode = :district");
            params.and("district", district);
        }
        if (ward != null) {
            where.add("wardCode = :ward");
            params.and("ward", ward);
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.rule() != null) {
            where.add("rule = :rule");
            params.and("rule", filter.rule());
        }
        Sort newestFirst = Sort.descending("startsAt", "id");
        PanacheQuery<Alert> query = where.isEmpty() ? Alert.findAll(newestFirst)
                : Alert.find(String.join(" and ", where), newestFirst, params);
        List<Alert> alerts = query.page(page, size).list();
        return new Page<>(views.views(alerts), query.count());
    }

    @Transactional
    public AlertView get(String id, Scope scope) {
        Alert alert = Alert.findById(id);
        if (alert == null) {
            throw ProblemException.notFound("alert " + id);
        }
        scope.requireVisible(alert.districtCode, alert.wardCode, "alert " + id);
        return views.view(alert);
    }

    public record Filter(String districtCode, String wardCode, AlertStatus status, Rule rule) {
    }
}
