package org.dateline.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads desk accounts for sign-in. */
@Service
class DeskUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	DeskUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsernameIgnoreCase(Usernames.normalize(username))
			.map(DeskUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
