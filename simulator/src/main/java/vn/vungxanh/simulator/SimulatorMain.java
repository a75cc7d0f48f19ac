package vn.vungxanh.simulator;

import java.io.IOException;

/**
 * The Vùng Xanh traffic simulator. {@code run} registers a world and drives traffic; {@code verify} checks the
 * alerts against what was planted; {@code run-and-verify} does both.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.out.print(SimulatorOptions.USAGE);
            System.exit(2);
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        System.exit(run(args[0], rest) ? 0 : 1);
    }

    /** @return false when verification failed */
    public static boolean run(String mode, String... args) throws IOException, InterruptedException {
        SimulatorOptions options = SimulatorOptions.parse(args);
        if (options.adminToken() == null) {
            throw new IllegalArgumentException("an admin token is required: --admin-token=JWT or env ADMIN_TOKEN");
        }
        Api api = new Api(64);
        World world;
        switch (mode) {
            case "run", "run-and-verify" -> {
                world = new WorldBuilder(api, options).build();
                world.save(options.worldFile());
                Traffic.log("registered %d venues and %d checkpoints; planted: %s", world.venues().size(),
                        world.checkpoints().size(), planted(world));
                if (mode.equals("run")) {
                    new Traffic(api, options, world).run();
                    return true;
                }
                return runAndVerify(api, options, world);
            }
            case "verify" -> world = World.load(options.worldFile());
            default -> throw new IllegalArgumentException("unknown mode " + mode + "\n" + SimulatorOptions.USAGE);
        }
        return new Verifier(api, options, world).verify(options.verifyTimeout());
    }

    /**
     * Verifies while traffic goes on (a stopped simulation would look like silent venues and offline scanners):
     * replay, then live for the configured time, then verification with live traffic until it is decided.
     */
    private static boolean runAndVerify(Api api, SimulatorOptions options, World world) throws InterruptedException {
        Traffic traffic = new Traffic(api, options.withLive(options.live().plus(options.verifyTimeout()).plusHours(1)),
                world);
        Thread driver = new Thread(() -> {
            try {
                traffic.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "simulator-traffic");
        driver.start();
        traffic.awaitLive();
        Thread.sleep(options.live().toMillis());
        try {
            return new Verifier(api, options, world).verify(options.verifyTimeout());
        } finally {
            traffic.stop();
            driver.join();
        }
    }

    private static String planted(World world) {
        StringBuilder s = new StringBuilder();
        world.venues().stream().filter(v -> v.planted() != null)
                .forEach(v -> s.append("\n  ").append(v.planted()).append(" at ").append(v.name()).append(" (").append(v.id()).append(')'));
        world.checkpoints().stream().filter(c -> c.planted() != null)
                .forEach(c -> s.append("\n  ").append(c.planted()).append(" at ").append(c.name()).append(" (").append(c.id()).append(')'));
        return s.toString();
    }
}
