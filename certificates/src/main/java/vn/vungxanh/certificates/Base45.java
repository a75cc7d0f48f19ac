package vn.vungxanh.certificates;

import java.io.ByteArrayOutputStream;

/** Base45 (RFC 9285), the alphabet QR codes carry in alphanumeric mode: two bytes in three characters. */
public final class Base45 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private Base45() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3 / 2 + 2);
        for (int i = 0; i < bytes.length; i += 2) {
            if (i + 1 < bytes.length) {
                int n = (bytes[i] & 0xff) * 256 + (bytes[i + 1] & 0xff);
                out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
            } else {
                int n = bytes[i] & 0xff;
                out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
            }
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException for a character outside the alphabet, a dangling character or a group out of range */
    public static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2 / 3 + 1);
        int i = 0;
        for (; i + 3 <= text.length(); i += 3) {
            int n = value(text, i) + value(text, i + 1) * 45 + value(text, i + 2) * 2025;
            if (n > 0xffff) {
                throw new IllegalArgumentException("group at " + i + " exceeds two bytes");
            }
            out.write(n >> 8);
            out.write(n & 0xff);
        }
        int rest = text.length() - i;
        if (rest == 2) {
            int n = value(text, i) + value(text, i + 1) * 45;
            if (n > 0xff) {
                throw new IllegalArgumentException("final pair at " + i + " exceeds one byte");
            }
            out.write(n);
        } else if (rest == 1) {
            throw new IllegalArgumentException("a single character cannot end Base45 text");
        }
        return out.toByteArray();
    }

    private static int value(String text, int index) {
        int v = ALPHABET.indexOf(text.charAt(index));
        if (v < 0) {
            throw new IllegalArgumentException("character '" + text.charAt(index) + "' at " + index + " is not Base45");
        }
        return v;
    }
}
