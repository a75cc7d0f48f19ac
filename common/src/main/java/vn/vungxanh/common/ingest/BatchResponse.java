package vn.vungxanh.common.ingest;

import java.util.List;

/** The answer to a batch: one result per event, in the order posted, and counts per status. */
public record BatchResponse(int accepted, int duplicates, int rejected, int invalid, List<BatchItemResult> results) {

    public static BatchResponse of(List<BatchItemResult> results) {
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        int invalid = 0;
        for (BatchItemResult r : results) {
            switch (r.status()) {
                case "ACCEPTED" -> accepted++;
                case "DUPLICATE" -> duplicates++;
                case "REJECTED" -> rejected++;
                default -> invalid++;
            }
        }
        return new BatchResponse(accepted, duplicates, rejected, invalid, results);
    }
}
