package vn.vungxanh.deploy;

/** IPv4 CIDR blocks (a.b.c.d/n): whether one holds or meets another. */
final class Cidr {

    private Cidr() {
    }

    /** Whether every address of inner is in outer. */
    static boolean contains(String outer, String inner) {
        return prefix(outer) <= prefix(inner) && sameNetwork(outer, inner, prefix(outer));
    }

    /** Whether the two blocks share an address. */
    static boolean overlaps(String a, String b) {
        return sameNetwork(a, b, Math.min(prefix(a), prefix(b)));
    }

    private static boolean sameNetwork(String a, String b, int bits) {
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (address(a) & mask) == (address(b) & mask);
    }

    private static int prefix(String cidr) {
        int slash = cidr.indexOf('/');
        return slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
    }

    private static long address(String cidr) {
        String[] octets = cidr.replaceFirst("/.*", "").split("\\.");
        if (octets.length != 4) {
            throw new IllegalArgumentException("not an IPv4 CIDR: " + cidr);
        }
        long value = 0;
        for (String octet : octets) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
