package org.yangguang.organisation;

/** What an import of an organisation tree did: organisations created, renamed, and left as they were. */
public record ImportResult(int created, int renamed, int unchanged) {
}
