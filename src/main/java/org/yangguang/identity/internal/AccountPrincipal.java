package org.yangguang.identity.internal;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.yangguang.identity.CurrentUser;

/** The principal Spring Security keeps in the session: the {@link CurrentUser} and nothing secret after login. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;
	private final boolean enabled;
	private final boolean locked;
	private String passwordHash;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	public CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + user.username() + "]";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AccountPrincipal other && other.user.id() == user.id();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(user.id());
	}
}
