package vn.vungxanh.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The official catalogue of administrative units (General Statistics Office, 1 Nov 2021), shipped as a resource:
 * provinces ({@code level1_id}), districts ({@code level2_id}) and wards ({@code level3_id}). Places name their ward;
 * district and province follow from it. Reference data shared by every service and tool.
 */
public final class AdminUnits {

    public static final String RESOURCE = "/vungxanh/admin-units-2021-11-01.json";

    private static volatile AdminUnits instance;

    private final Map<String, Ward> wards = new HashMap<>();
    private final Map<String, District> districts = new HashMap<>();
    private final Map<String, String> provinces = new HashMap<>();

    private AdminUnits() {
        try (InputStream in = AdminUnits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode p : root.path("data")) {
                String provinceCode = p.path("level1_id").asText();
                provinces.put(provinceCode, p.path("name").asText());
                for (JsonNode d : p.path("level2s")) {
                    String districtCode = d.path("level2_id").asText();
                    List<Ward> districtWards = new ArrayList<>();
                    for (JsonNode w : d.path("level3s")) {
                        Ward ward = new Ward(w.path("level3_id").asText(), w.path("name").asText(), districtCode,
                                d.path("name").asText(), provinceCode, p.path("name").asText());
                        wards.put(ward.code(), ward);
                        districtWards.add(ward);
                    }
                    districts.put(districtCode, new District(districtCode, d.path("name").asText(), provinceCode,
                            Collections.unmodifiableList(districtWards)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The catalogue, read once per class loader. */
    public static AdminUnits get() {
        AdminUnits units = instance;
        if (units == null) {
            synchronized (AdminUnits.class) {
                if (instance == null) {
                    instance = new AdminUnits();
                }
                units = instance;
            }
        }
        return units;
    }

    public Optional<Ward> ward(String code) {
        return Optional.ofNullable(code == null ? null : wards.get(code));
    }

    public Optional<District> district(String code) {
        return Optional.ofNullable(code == null ? null : districts.get(code));
    }

    public boolean isProvince(String code) {
        return code != null && provinces.containsKey(code);
    }

    public Optional<String> provinceName(String code) {
        return Optional.ofNullable(code == null ? null : provinces.get(code));
    }

    public int wardCount() {
        return wards.size();
    }

    public int districtCount() {
        return districts.size();
    }

    public int provinceCount() {
        return provinces.size();
    }

    public record Ward(String code, String name, String districtCode, String districtName, String provinceCode,
            String provinceName) {
    }

    public record District(String code, String name, String provinceCode, List<Ward> wards) {
    }
}
