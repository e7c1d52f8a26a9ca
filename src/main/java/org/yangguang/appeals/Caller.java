package org.yangguang.appeals;

/**
 * 来电人/来信人 as the operator records them. Personal data: masked on public pages, and hidden from the department
 * when the caller asked for confidentiality (reading it then is audited).
 */
public record Caller(String name, String phone, String address) {
}
