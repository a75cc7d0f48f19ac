package vn.vungxanh.simulator;

import java.util.Random;

/** Synthetic personal identifiers: the right shape, belonging to nobody. */
final class Visitors {

    private Visitors() {
    }

    /** A 12-digit citizen identity number with a Hà Nội province prefix. */
    static String cccd(Random random) {
        return String.format("001%09d", random.nextInt(1_000_000_000));
    }

    static String phone(Random random) {
        return String.format("09%08d", random.nextInt(100_000_000));
    }
}
