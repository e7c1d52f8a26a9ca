package org.yangguang.services;

/**
 * 申请人. Identity number and phone are personal data: masked on every page but the applicant's own, and reading
 * them is audited.
 *
 * @param accountId the citizen account; null for a walk-in without an account
 */
public record CaseApplicant(Long accountId, String name, String idNumber, String phone) {
}
