package org.dateline.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.media.BlobStore;
import org.dateline.media.Renditions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves renditions at {@code /media/{hash}/{name}}. The hash is the original's content hash and
 * the name fixes size, crop, focal point and format, so a URL's bytes never change: they are
 * cached for a year as immutable. A rendition already made is streamed from the blob store with
 * no database work; one on the whitelist but not made yet is made first; anything else is 404.
 */
@Controller
class MediaController {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private final Renditions renditions;

	MediaController(Renditions renditions) {
		this.renditions = renditions;
	}

	@GetMapping("/media/{hash}/{name:.+}")
	void rendition(@PathVariable String hash, @PathVariable String name, HttpServletResponse response)
			throws IOException {
		BlobStore.Blob blob = renditions.find(hash, name).orElse(null);
		if (blob == null) {
			response.setHeader("Cache-Control", "public, max-age=60");
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setContentType(name.endsWith(".webp") ? "image/webp" : "image/jpeg");
		response.setContentLengthLong(blob.size());
		response.setHeader("Cache-Control", IMMUTABLE);
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (InputStream in = blob.open(); OutputStream out = response.getOutputStream()) {
			in.transferTo(out);
		}
	}

}
