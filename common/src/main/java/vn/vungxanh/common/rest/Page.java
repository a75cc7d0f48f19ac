package vn.vungxanh.common.rest;

import java.util.List;

import vn.vungxanh.common.problem.ProblemException;

/** A page of a list: {@code {"items": [...], "total": N}}. */
public record Page<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 500;

    /** Checks {@code page} (from 0) and {@code size} (1 to {@link #MAX_SIZE}): 422 naming the parameter. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
