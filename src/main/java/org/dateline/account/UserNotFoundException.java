package org.dateline.account;

import org.dateline.shared.NotFoundException;

public class UserNotFoundException extends NotFoundException {

	public UserNotFoundException(long id) {
		super("No user #" + id);
	}

}
