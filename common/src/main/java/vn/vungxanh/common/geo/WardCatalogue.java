package vn.vungxanh.common.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vungxanh.common.problem.ProblemException;

/**
 * The official catalogue of administrative units (General Statistics Office, 1 Nov 2021), shipped as a resource:
 * provinces ({@code level1_id}), districts ({@code level2_id}) and wards ({@code level3_id}). A place names its ward;
 * district and province follow from it.
 */
@ApplicationScoped
public class WardCatalogue {

    public static final String RESOURCE = "/vungxanh/admin-units-2021-11-01.json";

    private final Map<String, Ward> wards = new HashMap<>();
    private final Map<String, District> districts = new HashMap<>();
    private final Map<String, String> provinces = new HashMap<>();

    public WardCatalogue() {
        try (InputStream in = WardCatalogue.class.getResourceAsStream(RESOURCE)) {
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

    public Optional<Ward> ward(String code) {
        return Optional.ofNullable(code == null ? null : wards.get(code));
    }

    /** The ward, or a 422 naming {@code field} when the code is not in the catalogue. */
    public Ward requireWard(String code, String field) {
        return ward(code).orElseThrow(() -> ProblemException.invalidField(field,
                "'" + code + "' is not a ward code of the official catalogue"));
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
