package org.yangguang.services;

import java.util.List;

/**
 * 窗口收件 — a walk-in application registered by the window: the item, the applicant as identified at the window and
 * the materials checked there.
 */
public record WalkIn(String item, String applicantName, String idNumber, String phone, List<Integer> materials) {
}
