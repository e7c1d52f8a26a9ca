/**
 * 系统管理 — the administrators' pages and API for the organisation tree and accounts. It only calls the
 * public facades of {@code organisation} and {@code identity}.
 */
package org.yangguang.administration;
