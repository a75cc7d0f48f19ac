package vn.vungxanh.common.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vungxanh.events.SubjectType;

/**
 * A query about one person in a request body, so that the identifier stays out of URLs and access logs.
 *
 * @param depth how far a contact trace goes (1–3, default 2); other queries ignore it
 */
public record SubjectQuery(SubjectType subjectType, String subjectValue,
        @Schema(example = "2021-08-01T00:00:00+07:00") String from,
        @Schema(example = "2021-08-16T00:00:00+07:00") String to,
        @Schema(description = "contact trace only: 1 (F1), 2 (F2) or 3; default 2") Integer depth) {
}
