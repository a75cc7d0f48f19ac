package vn.vungxanh.checkpoint.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.vungxanh.checkpoint.Checkpoint;
import vn.vungxanh.checkpoint.rest.CheckpointRequest;
import vn.vungxanh.checkpoint.rest.CheckpointResponse;
import vn.vungxanh.common.geo.WardCatalogue;
import vn.vungxanh.common.outbox.Outbox;
import vn.vungxanh.common.problem.ProblemException;
import vn.vungxanh.common.rest.Page;
import vn.vungxanh.events.CheckpointEvent;
import vn.vungxanh.events.CheckpointKind;
import vn.vungxanh.events.Topics;

/** The checkpoint registry: every change commits together with its {@link CheckpointEvent} in the outbox. */
@ApplicationScoped
public class CheckpointService {

    @Inject
    WardCatalogue wards;

    @Inject
    Outbox outbox;

    @Inject
    CheckpointDirectory directory;

    @Transactional
    public CheckpointResponse create(CheckpointRequest request) {
        Checkpoint cp = new Checkpoint();
        cp.id = UUID.randomUUID().toString();
        apply(cp, request);
        cp.active = true;
        return changed(cp);
    }

    @Transactional
    public CheckpointResponse update(String id, CheckpointRequest request) {
        Checkpoint cp = require(id);
        apply(cp, request);
        return changed(cp);
    }

    @Transactional
    public CheckpointResponse setActive(String id, boolean active) {
        Checkpoint cp = require(id);
        cp.active = active;
        return changed(cp);
    }

    @Transactional
    public CheckpointResponse get(String id) {
        return response(require(id));
    }

    @Transactional
    public Checkpoint require(String id) {
        Checkpoint cp = Checkpoint.findById(id);
        if (cp == null) {
            throw ProblemException.notFound("checkpoint " + id);
        }
        return cp;
    }

    @Transactional
    public Page<CheckpointResponse> list(String districtCode, String wardCode, CheckpointKind kind, int page, int size) {
        Page.check(page, size);
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (districtCode != null) {
            query.append(" and districtCode = :district");
            params.put("district", districtCode);
        }
        if (wardCode != null) {
            query.append(" and wardCode = :ward");
            params.put("ward", wardCode);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.put("kind", kind);
        }
        var found = Checkpoint.<Checkpoint>find(query.toString(), Sort.by("name").and("id"), params);
        return new Page<>(found.page(page, size).list().stream().map(CheckpointService::response).toList(), found.count());
    }

    private void apply(Checkpoint cp, CheckpointRequest request) {
        WardCatalogue.Ward ward = wards.requireWard(request.wardCode(), "wardCode");
        cp.name = request.name().strip();
        cp.kind = request.kind();
        cp.wardCode = ward.code();
        cp.districtCode = ward.districtCode();
        cp.provinceCode = ward.provinceCode();
        cp.lat = request.lat();
        cp.lon = request.lon();
    }

    private CheckpointResponse changed(Checkpoint cp) {
        cp.version++;
        cp.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        cp.persist();
        outbox.publish(Topics.CHECKPOINTS, cp.id, new CheckpointEvent(CheckpointEvent.SCHEMA_VERSION, cp.id, cp.name,
                cp.kind, cp.wardCode, cp.districtCode, cp.provinceCode, cp.lat, cp.lon, cp.active, cp.version, cp.updatedAt));
        directory.put(cp);
        return response(cp);
    }

    static CheckpointResponse response(Checkpoint cp) {
        return new CheckpointResponse(cp.id, cp.name, cp.kind, cp.wardCode, cp.districtCode, cp.provinceCode, cp.lat,
                cp.lon, cp.active, cp.version, cp.updatedAt);
    }
}
