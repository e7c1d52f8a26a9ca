package org.yangguang.audit.internal;

/** The last link of the chain, kept in the single row of {@code audit_chain_head}. */
public record ChainHead(long lastSeq, String lastHash) {
}
