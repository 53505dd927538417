package org.dateline.media;

import org.dateline.shared.NotFoundException;

public class ImageNotFoundException extends NotFoundException {

	public ImageNotFoundException(Object id) {
		super("No image " + id);
	}

}
