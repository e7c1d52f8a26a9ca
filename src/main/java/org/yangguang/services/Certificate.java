package org.yangguang.services;

import java.time.LocalDate;

/** A result issued to the applicant (证照库 entry): its name, type, number and the case that produced it. */
public record Certificate(String caseNo, String name, String type, String number, LocalDate issuedOn) {
}
