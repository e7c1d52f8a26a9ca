package org.yangguang.inforequest;

/** One line of a list of requests: the request (applicant masked), its agency and its current deadline. */
public record RequestRow(RequestSnapshot request, String agencyName, DeadlineView deadline) {
}
