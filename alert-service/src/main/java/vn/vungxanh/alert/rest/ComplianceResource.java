package vn.vungxanh.alert.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.vungxanh.alert.config.AlertsConfig;
import vn.vungxanh.alert.service.ComplianceService;
import vn.vungxanh.alert.service.DailyReportService;
import vn.vungxanh.alert.service.Page;
import vn.vungxanh.common.auth.Caller;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.rest.CsvRows;

/** Venue standings and the ward-by-ward daily report (JSON, or CSV with {@code Accept: text/csv}). */
@Path("/api/v1")
@RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
public class ComplianceResource {

    public static final String CSV = "text/csv";

    @Inject
    Caller caller;

    @Inject
    ComplianceService compliance;

    @Inject
    DailyReportService reports;

    @Inject
    AlertsConfig config;

    @GET
    @Path("/compliance/venues")
    public Page<ComplianceService.Standing> venues(@QueryParam("districtCode") String districtCode,
            @QueryParam("wardCode") String wardCode,
            @QueryParam("page") @Min(value = 0, message = "must be 0 or more") Integer page,
            @QueryParam("size") @Min(value = 1, message = "must be at least 1") Integer size) {
        int pageSize = size == null ? config.paging().defaultSize() : Math.min(size, config.paging().maxSize());
        return compliance.venues(caller.scope(), districtCode, wardCode, page == null ? 0 : page, pageSize);
    }

    @GET
    @Path("/reports/daily")
    @Produces(MediaType.APPLICATION_JSON)
    public DailyReportService.Report daily(@QueryParam("districtCode") String districtCode,
            @QueryParam("date") LocalDate date) {
        return reports.daily(caller.scope(), districtCode, date);
    }

    @GET
    @Path("/reports/daily")
    @Produces(CSV)
    public String dailyCsv(@QueryParam("districtCode") String districtCode, @QueryParam("date") LocalDate date) {
        DailyReportService.Report report = reports.daily(caller.scope(), districtCode, date);
        StringBuilder csv = new StringBuilder("date,districtCode,wardCode,wardName,level,venues,activeVenues,"
                + "venuesScanning,scans,alertsOpened,alertsResolved,alertsOpenAtEnd,inspections,"
                + "lowCoverageInspections,averageCoverage\r\n");
        for (DailyReportService.WardRow w : report.wards()) {
            csv.append(CsvRows.row(report.date(), report.districtCode(), w.wardCode(), w.wardName(),
                    w.level(), w.venues(), w.activeVenues(), w.venuesScanning(), w.scans(), w.alertsOpened(),
                    w.alertsResolved(), w.alertsOpenAtEnd(), w.inspections(), w.lowCoverageInspections(),
                    w.averageCoverage()));
        }
        return csv.toString();
    }
}
