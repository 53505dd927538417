package org.dateline.site;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.GZIPOutputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.DigestUtils;

/**
 * The static files {@link StaticFiles} answers with, read once from Spring's static locations
 * and held in memory with their ETag, content type and, for text, a gzipped copy. Only names
 * that exist are held; a file on disk (not inside the jar) is read again when its modification
 * time changes.
 */
final class StaticFileStore {

	static final int MAX_FILE_BYTES = 1024 * 1024;

	/** What may be worth compressing: text, and SVG. */
	private static final Set<String> COMPRESSIBLE = Set.of("css", "js", "map", "html", "svg", "txt");

	/** Smaller files are sent as they are: gzip's framing would eat what it saves. */
	static final int MIN_COMPRESSED_BYTES = 1024;

	/**
	 * A file held in memory, with what it is answered with; {@code gzip} is null when the file is
	 * not sent compressed.
	 */
	record Held(byte[] body, String etag, String contentType, String length, byte[] gzip, String gzipEtag,
			String gzipLength, File file, long lastModified) {

		boolean varies() {
			return gzip != null;
		}

	}

	private final ResourceLoader loader;

	private final List<String> locations;

	private final ConcurrentMap<String, Held> held = new ConcurrentHashMap<>();

	/**
	 * @param locations Spring's static locations ({@code spring.web.resources.static-locations})
	 */
	StaticFileStore(ResourceLoader loader, List<String> locations) {
		this.loader = loader;
		this.locations = locations.stream().map(l -> l.endsWith("/") ? l : l + "/").toList();
	}

	/** The file at {@code path} in the first static location that has it, from memory when it is held and unchanged. */
	Held find(String path) throws IOException {
		Held known = held.get(path);
		if (known != null && (known.file() == null || known.file().lastModified() == known.lastModified())) {
			return known;
		}
		String relative = path.substring(1);
		for (String location : locations) {
			Resource resource = loader.getResource(location + relative);
			if (!resource.exists() || !resource.isReadable()) {
				continue;
			}
			File onDisk = resource.isFile() ? resource.getFile() : null;
			if (onDisk != null && !onDisk.isFile()) {
				continue;
			}
			long length = resource.contentLength();
			if (length > MAX_FILE_BYTES) {
				held.remove(path);
				return null;
			}
			long modified = onDisk == null ? 0 : onDisk.lastModified();
			byte[] body;
			try (InputStream in = resource.getInputStream()) {
				body = in.readNBytes(MAX_FILE_BYTES + 1);
			}
			if (body.length > MAX_FILE_BYTES) {
				return null;
			}
			Held file = held(path, body, onDisk, modified);
			held.put(path, file);
			return file;
		}
		held.remove(path);
		return null;
	}

	private static Held held(String path, byte[] body, File onDisk, long modified) throws IOException {
		String md5 = DigestUtils.md5DigestAsHex(body);
		byte[] gzip = null;
		String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (body.length >= MIN_COMPRESSED_BYTES && COMPRESSIBLE.contains(extension)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2);
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(body);
			}
			// kept only when it saves a tenth
			gzip = out.size() < body.length * 9L / 10 ? out.toByteArray() : null;
		}
		return new Held(body, "\"" + md5 + "\"", contentType(path), Integer.toString(body.length), gzip,
				gzip == null ? null : "\"" + md5 + "-gzip\"", gzip == null ? null : Integer.toString(gzip.length),
				onDisk, modified);
	}

	private static String contentType(String path) {
		MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
		boolean text = "text".equals(type.getType()) || type.getSubtype().contains("javascript")
				|| type.getSubtype().endsWith("+xml") || type.getSubtype().equals("json");
		return text && type.getCharset() == null ? type + ";charset=UTF-8" : type.toString();
	}

	/** How many files are held in memory, for tests. */
	int heldFiles() {
		return held.size();
	}

}
