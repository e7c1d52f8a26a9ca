/**
 * 身份与权限 — staff and citizen accounts, their roles and data scope, sign-in with lockout, and API tokens.
 * <p>
 * Public API, two services with different jobs:
 * <ul>
 * <li>{@link org.yangguang.identity.Identity} — who is acting now ({@link org.yangguang.identity.CurrentUser}) and
 * the permission rule every module applies: a role, within the account's own organisation and everything below it
 * (数据范围 = 本机构及下级). Modules call it on every step that needs a permission.</li>
 * <li>{@link org.yangguang.identity.Accounts} — the accounts themselves: citizen self-registration
 * ({@link org.yangguang.identity.CitizenRegistration}, {@link org.yangguang.identity.CitizenProfile}), staff
 * administration ({@link org.yangguang.identity.StaffAccount}), passwords ({@link org.yangguang.identity.PasswordPolicy});
 * every change audited.</li>
 * </ul>
 * and the enums {@link org.yangguang.identity.Role} and {@link org.yangguang.identity.AccountKind}. Sessions, the
 * security filter chain and the API's token filter are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.yangguang.identity;
