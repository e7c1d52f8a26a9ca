package org.yangguang.consultation;

/** The decision adopted after the consultation: its title, document number, text, link and interpretation. */
public record FinalDecision(String title, String docNo, String text, String url, String interpretation) {
}
