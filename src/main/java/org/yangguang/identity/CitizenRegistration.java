package org.yangguang.identity;

/** What a citizen gives to register (自然人 or 法人); {@link Accounts#registerCitizen} checks every rule. */
public record CitizenRegistration(String username, String password, CitizenProfile profile) {
}
