package vn.vungxanh.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class ScanTimeJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(ScanTimeJson.module());

    @Test
    void readsDeviceTimesAsJavaTimeDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime time = OffsetDateTime.ofInstant(Instant.ofEpochSecond(random.nextLong(-2_000_000_000L,
                    6_000_000_000L), random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000)),
                    ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800));
            String text = time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertEquals(OffsetDateTime.parse(text), ScanTimeJson.parse(text), text);
        }
        assertEquals(OffsetDateTime.parse("2026-11-24T08:15:30.5+07:00"), ScanTimeJson.parse("2026-11-24T08:15:30.5+07:00"));
        assertEquals(OffsetDateTime.parse("2024-02-29T23:59:59.123456789-05:30"),
                ScanTimeJson.parse("2024-02-29T23:59:59.123456789-05:30"));
    }

    @Test
    void leavesOtherFormsToJavaTime() {
        for (String other : new String[] {"2026-11-24T08:15+07:00", "2026-11-24T08:15:30", "2026-11-24 08:15:30Z",
                "2026-11-24T08:15:30.Z", "2026-11-24T08:15:30.1234567890Z", "2026-11-24T08:15:30+0700",
                "2026-11-24T08:15:30z", "2026-02-30T08:15:30Z", "2026-11-24T24:00:00Z", "2026-11-24T08:15:30+18:30",
                "2026-11-24T08:15:30+07:00:00", "+2026-11-24T08:15:30Z", "2026-1a-24T08:15:30Z", "yesterday"}) {
            assertNull(ScanTimeJson.parse(other), other);
        }
    }

    @Test
    void fallsBackToJacksonsReaderWithItsErrors() throws Exception {
        assertEquals(Instant.parse("2026-11-24T01:15:00Z"),
                mapper.readValue("\"2026-11-24T08:15+07:00\"", OffsetDateTime.class).toInstant());
        assertEquals(OffsetDateTime.parse("2026-11-24T08:15:30+07:00"),
                mapper.readValue("\"2026-11-24T08:15:30+07:00\"", OffsetDateTime.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"2026-02-30T08:15:30Z\"", OffsetDateTime.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"yesterday\"", OffsetDateTime.class));
    }

    @Test
    void writesInstantsAsInstantToString() throws Exception {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), nanos);
            assertEquals(instant.toString(), ScanTimeJson.format(instant), () -> instant.getEpochSecond() + "s");
        }
        Instant far = Instant.parse("+12026-01-01T00:00:00Z");
        assertEquals(far.toString(), ScanTimeJson.format(far));
        assertEquals("\"2026-11-24T01:15:30.500Z\"", mapper.writeValueAsString(Instant.parse("2026-11-24T01:15:30.5Z")));
    }
}
