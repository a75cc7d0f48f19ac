package vn.vungxanh.alert.service;

import java.util.List;

/** A page of a list, as every list of the API answers: {@code {"items": [...], "total": N}}. */
public record Page<T>(List<T> items, long total) {
}
