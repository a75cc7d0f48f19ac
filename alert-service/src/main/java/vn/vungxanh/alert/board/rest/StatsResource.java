package vn.vungxanh.alert.board.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import vn.vungxanh.alert.board.service.BoardAreas;
import vn.vungxanh.alert.board.service.BoardStats;
import vn.vungxanh.common.auth.Roles;
import vn.vungxanh.common.problem.ProblemException;

/** Chart data of the inspectors' board: hourly scans per ward and checkpoint passages per decision. */
@Path("/api/v1/stats")
@RolesAllowed({ Roles.ADMIN, Roles.INSPECTOR })
public class StatsResource {

    @Inject
    BoardAreas areas;

    @Inject
    BoardStats stats;

    @GET
    @Path("/scans-hourly")
    public Hourly<BoardStats.ScanHour> scans(@QueryParam("districtCode") String districtCode,
            @QueryParam("wardCode") String wardCode, @QueryParam("date") String date) {
        BoardAreas.Area area = areas.resolve(districtCode, wardCode);
        LocalDate day = day(date);
        List<BoardStats.ScanHour> items = stats.scans(area.districtCode(), area.wardCode(), day);
        return new Hourly<>(area.districtCode(), area.wardCode(), day, items, items.size());
    }

    @GET
    @Path("/passages-hourly")
    public Hourly<BoardStats.PassageHour> passages(@QueryParam("districtCode") String districtCode,
            @QueryParam("wardCode") String wardCode, @QueryParam("date") String date) {
        BoardAreas.Area area = areas.resolve(districtCode, wardCode);
        LocalDate day = day(date);
        List<BoardStats.PassageHour> items = stats.passages(area.districtCode(), area.wardCode(), day);
        return new Hourly<>(area.districtCode(), area.wardCode(), day, items, items.size());
    }

    private LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return stats.today();
        }
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField("date", "'" + date + "' is not a date like 2021-08-16");
        }
    }

    /** One local day of hourly counts; hours are 0–23 in the districts' local time. */
    public record Hourly<T>(String districtCode, String wardCode, LocalDate date, List<T> items, int total) {
    }
}
