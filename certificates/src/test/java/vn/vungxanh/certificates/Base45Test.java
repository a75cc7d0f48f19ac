package vn.vungxanh.certificates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base45Test {

    /** The examples of RFC 9285 §4.3 and §4.4. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0"})
    void encodesAndDecodesTheRfcExamples(String text, String base45) {
        assertEquals(base45, Base45.encode(text.getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), Base45.decode(base45));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GGW", "GGW0", "A", "ab", "AB~"})
    void refusesTextThatIsNotBase45(String text) {
        assertThrows(IllegalArgumentException.class, () -> Base45.decode(text));
    }
}
