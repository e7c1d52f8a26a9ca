package org.yangguang.services;

/** Rating figures of one department, window or item: satisfaction is the share of levels 3–5. */
public record RatingGroup(String label, long count, long bad, double satisfaction, double averageLevel) {
}
