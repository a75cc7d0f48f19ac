package vn.vungxanh.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options, {@code --name=value}; tokens may also come from the environment
 * (ADMIN_TOKEN, INSPECTOR_TOKEN_&lt;district&gt;, e.g. INSPECTOR_TOKEN_004).
 */
record SimulatorOptions(
        String checkinUrl,
        String checkpointUrl,
        String alertUrl,
        String adminToken,
        Map<String, String> inspectorTokens,
        List<String> districts,
        int venuesPerWard,
        double speed,
        Duration lookback,
        Duration live,
        int heartbeatSeconds,
        long seed,
        Path worldFile,
        Duration verifyTimeout,
        Set<Misbehaviour> plant,
        boolean alwaysOpen) {

    static final String USAGE = """
            usage: simulator (run|verify|run-and-verify) [--name=value ...]
              --checkin-url=http://127.0.0.1:8081  --checkpoint-url=http://127.0.0.1:8082  --alert-url=http://127.0.0.1:8083
              --admin-token=JWT (or env ADMIN_TOKEN)    --inspector-token=004:JWT (repeatable; or env INSPECTOR_TOKEN_004)
              --districts=004,001          districts whose wards get venues (official codes; Long Biên, Ba Đình)
              --venues-per-ward=12         venues registered in each ward
              --speed=60                   simulated minutes per real minute while replaying
              --lookback=PT3H              simulated time replayed before now (late uploads, accepted up to 72 h)
              --live=PT10M                 real-time traffic after the replay
              --heartbeat-seconds=20       device heartbeat period
              --seed=2021                  random seed (the same seed plants the same misbehaviour)
              --world=.local/simulator-world.json   what was registered and planted, for verify
              --verify-timeout=PT0S        how long verify waits for alerts still to come
              --plant=ALL                  misbehaviour to plant (comma list of NEVER_SCANS, FAKE_POSTER, ...)
              --always-open=false          every venue open round the clock (for short runs at any hour)
            """;

    static SimulatorOptions parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        Map<String, String> inspectors = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("INSPECTOR_TOKEN_")) {
                inspectors.put(k.substring("INSPECTOR_TOKEN_".length()), v);
            }
        });
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("cannot read option '" + arg + "'\n" + USAGE);
            }
            String name = arg.substring(2, arg.indexOf('='));
            String value = arg.substring(arg.indexOf('=') + 1);
            if (name.equals("inspector-token")) {
                inspectors.put(value.substring(0, value.indexOf(':')), value.substring(value.indexOf(':') + 1));
            } else {
                o.put(name, value);
            }
        }
        return new SimulatorOptions(
                o.getOrDefault("checkin-url", "http://127.0.0.1:8081"),
                o.getOrDefault("checkpoint-url", "http://127.0.0.1:8082"),
                o.getOrDefault("alert-url", "http://127.0.0.1:8083"),
                o.getOrDefault("admin-token", System.getenv("ADMIN_TOKEN")),
                inspectors,
                Arrays.asList(o.getOrDefault("districts", "004,001").split(",")),
                Integer.parseInt(o.getOrDefault("venues-per-ward", "12")),
                Double.parseDouble(o.getOrDefault("speed", "60")),
                Duration.parse(o.getOrDefault("lookback", "PT3H")),
                Duration.parse(o.getOrDefault("live", "PT10M")),
                Integer.parseInt(o.getOrDefault("heartbeat-seconds", "20")),
                Long.parseLong(o.getOrDefault("seed", "2021")),
                Path.of(o.getOrDefault("world", ".local/simulator-world.json")),
                Duration.parse(o.getOrDefault("verify-timeout", "PT0S")),
                plants(o.getOrDefault("plant", "ALL")),
                Boolean.parseBoolean(o.getOrDefault("always-open", "false")));
    }

    SimulatorOptions withLive(Duration newLive) {
        return new SimulatorOptions(checkinUrl, checkpointUrl, alertUrl, adminToken, inspectorTokens, districts,
                venuesPerWard, speed, lookback, newLive, heartbeatSeconds, seed, worldFile, verifyTimeout, plant,
                alwaysOpen);
    }

    private static Set<Misbehaviour> plants(String list) {
        if (list.equals("ALL")) {
            return EnumSet.allOf(Misbehaviour.class);
        }
        EnumSet<Misbehaviour> plants = EnumSet.noneOf(Misbehaviour.class);
        for (String name : list.split(",")) {
            plants.add(Misbehaviour.valueOf(name.trim()));
        }
        return plants;
    }

    String inspectorToken(String districtCode) {
        String token = inspectorTokens.get(districtCode);
        if (token == null) {
            throw new IllegalStateException("no inspector token for district " + districtCode
                    + ": pass --inspector-token=" + districtCode + ":JWT");
        }
        return token;
    }
}
