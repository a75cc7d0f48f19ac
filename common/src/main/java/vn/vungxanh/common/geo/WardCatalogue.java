package vn.vungxanh.common.geo;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.events.AdminUnits;

/**
 * The official catalogue of administrative units ({@link AdminUnits}) as a bean for the services, with request
 * validation: an unknown ward code is a 422 naming the field.
 */
@ApplicationScoped
public class WardCatalogue {

    private final AdminUnits units = AdminUnits.get();

    public Optional<Ward> ward(String code) {
        return units.ward(code).map(Ward::of);
    }

    /** The ward, or a 422 naming {@code field} when the code is not in the catalogue. */
    public Ward requireWard(String code, String field) {
        return ward(code).orElseThrow(() -> ProblemException.invalidField(field,
                "'" + code + "' is not a ward code of the official catalogue"));
    }

    public Optional<District> district(String code) {
        return units.district(code).map(d -> new District(d.code(), d.name(), d.provinceCode(),
                d.wards().stream().map(Ward::of).toList()));
    }

    public boolean isProvince(String code) {
        return units.isProvince(code);
    }

    public Optional<String> provinceName(String code) {
        return units.provinceName(code);
    }

    public int wardCount() {
        return units.wardCount();
    }

    public int districtCount() {
        return units.districtCount();
    }

    public int provinceCount() {
        return units.provinceCount();
    }

    public record Ward(String code, String name, String districtCode, String districtName, String provinceCode,
            String provinceName) {

        static Ward of(AdminUnits.Ward w) {
            return new Ward(w.code(), w.name(), w.districtCode(), w.districtName(), w.provinceCode(), w.provinceName());
        }
    }

    public record District(String code, String name, String provinceCode, List<Ward> wards) {
    }
}
