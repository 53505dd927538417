package org.dateline.media;

import org.dateline.shared.DomainException;

/** An upload that is not an image the library can take; the message says why, for the uploader. */
public class ImageRejectedException extends DomainException {

	public ImageRejectedException(String message) {
		super(message);
	}

}
