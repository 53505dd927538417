package org.dateline.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dateline.shared.Actor;
import org.dateline.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The photo library: takes uploads (checked, metadata read, original stored untouched), finds
 * images, and keeps their caption, credit, rights and focal point. Where an image is used is
 * not its business: callers that know (the desk) say which ids to keep or skip.
 */
@Service
public class MediaLibrary {

	public static final int PAGE_SIZE = 24;

	private final ImageRepository images;

	private final BlobStore store;

	private final Renditions renditions;

	private final JdbcClient jdbc;

	private final Clock clock;

	MediaLibrary(ImageRepository images, BlobStore store, Renditions renditions, JdbcClient jdbc, Clock clock) {
		this.images = images;
		this.store = store;
		this.renditions = renditions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An uploaded file: its name as the uploader's computer had it, and its bytes. */
	public record Upload(String filename, byte[] bytes) {
	}

	/** The result of an upload: the image, and whether the same file was already in the library. */
	public record Uploaded(ImageView image, boolean alreadyInLibrary) {
	}

	/**
	 * Checks and stores one upload. The same bytes uploaded twice give the image already there,
	 * so nothing the desk wrote about it is lost.
	 */
	@Transactional
	public Uploaded upload(Upload upload, Actor by) {
		if (upload.bytes() == null || upload.bytes().length == 0) {
			throw new ImageRejectedException("The file is empty.");
		}
		ImageCodec.Probe probe = ImageCodec.probe(upload.bytes());
		String hash = hash(upload.bytes());
		Optional<Image> existing = images.findByHash(hash);
		if (existing.isPresent()) {
			return new Uploaded(existing.get().view(), true);
		}
		PhotoMetadata metadata = probe.format() == ImageFormat.JPEG || probe.format() == ImageFormat.PNG
				|| probe.format() == ImageFormat.WEBP ? PhotoMetadata.read(upload.bytes()) : PhotoMetadata.NONE;
		int orientation = probe.format() == ImageFormat.JPEG ? metadata.orientation() : 1;
		boolean swap = orientation >= 5;
		List<String> notes = new ArrayList<>(probe.notes());
		if (metadata.hasLocation()) {
			notes.add("The original carries a GPS location; renditions do not.");
		}
		if (probe.alpha()) {
			notes.add("Transparent: JPEG renditions are on white, WebP keeps the transparency.");
		}
		String key = "originals/" + hash.substring(0, 2) + "/" + hash;
		store.put(key, upload.bytes(), probe.format().mediaType());
		Image image = new Image(hash, key, filename(upload.filename()), probe.format(), upload.bytes().length,
				swap ? probe.storedHeight() : probe.storedWidth(), swap ? probe.storedWidth() : probe.storedHeight(),
				orientation, probe.alpha(), metadata, notes.isEmpty() ? null : String.join(" ", notes), by.id(),
				by.username(), clock);
		images.save(image);
		long id = image.getId();
		afterCommit(() -> renditions.prepare(id));
		return new Uploaded(image.view(), false);
	}

	@Transactional(readOnly = true)
	public ImageView get(long id) {
		return images.findById(id).map(Image::view).orElseThrow(() -> new ImageNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public Optional<ImageView> find(Long id) {
		return id == null ? Optional.empty() : images.findById(id).map(Image::view);
	}

	/** The images with these ids, by id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, ImageView> byIds(Collection<Long> ids) {
		Map<Long, ImageView> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		for (Image image : images.findByIdIn(ids)) {
			found.put(image.getId(), image.view());
		}
		return found;
	}

	/** The images with these content hashes, by hash. */
	@Transactional(readOnly = true)
	public Map<String, ImageView> byHashes(Collection<String> hashes) {
		Map<String, ImageView> found = new LinkedHashMap<>();
		if (hashes.isEmpty()) {
			return found;
		}
		for (Image image : images.findByHashIn(hashes)) {
			found.put(image.getHash(), image.view());
		}
		return found;
	}

	/**
	 * The images with these ids and those with these content hashes, in one query: what a page that
	 * shows lead images (by id) and body figures (by the hash in their address) needs.
	 */
	@Transactional(readOnly = true)
	public List<ImageView> byIdsOrHashes(Collection<Long> ids, Collection<String> hashes) {
		if (ids.isEmpty() && hashes.isEmpty()) {
			return List.of();
		}
		// an impossible id or hash stands in for an empty side, so the query keeps one shape
		return images.findByIdInOrHashIn(ids.isEmpty() ? List.of(-1L) : ids, hashes.isEmpty() ? List.of("") : hashes)
			.stream()
			.map(Image::view)
			.toList();
	}

	@Transactional
	public ImageView describe(long id, long version, ImageDetails details, Actor by) {
		Image image = load(id, version);
		image.describe(details, clock);
		images.flush();
		return image.view();
	}

	/** Moves the focal point ({@code x}, {@code y} from 0 to 1); crops made from now on keep it in frame. */
	@Transactional
	public ImageView focusOn(long id, double x, double y, Actor by) {
		Image image = images.findById(id).orElseThrow(() -> new ImageNotFoundException(id));
		image.focusOn(x, y, clock);
		images.flush();
		return image.view();
	}

	/**
	 * Deletes an image the caller has checked is not in use; the database refuses one that a
	 * story or subject still points to.
	 */
	@Transactional
	public void delete(long id, Actor by) {
		Image image = images.findById(id).orElseThrow(() -> new ImageNotFoundException(id));
		try {
			jdbc.sql("delete from image where id = ?").param(id).update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException("This image is in use, so it cannot be deleted.");
		}
		String hash = image.getHash();
		String key = image.getOriginalKey();
		List<String> names = jdbc.sql("select name from image_rendition where image_id = ?").param(id)
			.query(String.class).list();
		afterCommit(() -> {
			for (String name : names) {
				store.delete(Renditions.key(hash, name));
			}
			store.delete(key);
		});
	}

	/** What the library page asks for. */
	public record Query(String text, boolean rightsExpired, Set<Long> onlyIds, Set<Long> exceptIds, int page) {
	}

	public record Page(List<ImageView> images, int page, int pages, long total) {
	}

	/**
	 * Images matching {@code query}: words in caption, credit, alt text, filename or uploader, or a
	 * date (yyyy-mm-dd) of upload or capture; newest first.
	 */
	@Transactional(readOnly = true)
	public Page search(Query query, LocalDate today) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		String text = query.text() == null ? "" : query.text().strip();
		if (!text.isEmpty()) {
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				where.append(" and ((uploaded_at at time zone 'UTC')::date = ?::date or captured_at::date = ?::date)");
				params.add(text);
				params.add(text);
			}
			else {
				for (String word : text.split("\\s+")) {
					String like = "%" + word.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
							+ "%";
					where.append(" and lower(concat_ws(' ', caption, photographer, agency, alt_text, filename,"
							+ " uploaded_by_name, copyright, source)) like ?");
					params.add(like);
				}
			}
		}
		if (query.rightsExpired()) {
			where.append(" and rights_expire_on < ?");
			params.add(java.sql.Date.valueOf(today));
		}
		if (query.onlyIds() != null) {
			if (query.onlyIds().isEmpty()) {
				return new Page(List.of(), 1, 1, 0);
			}
			where.append(" and id = any(?)");
			params.add(query.onlyIds().toArray(new Long[0]));
		}
		if (query.exceptIds() != null && !query.exceptIds().isEmpty()) {
			where.append(" and not (id = any(?))");
			params.add(query.exceptIds().toArray(new Long[0]));
		}
		long total = jdbc.sql("select count(*) from image" + where).params(params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.max(1, Math.min(query.page(), pages));
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(PAGE_SIZE);
		pageParams.add((page - 1) * PAGE_SIZE);
		List<Long> ids = jdbc.sql("select id from image" + where + " order by uploaded_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query(Long.class)
			.list();
		Map<Long, ImageView> found = byIds(ids);
		List<ImageView> ordered = ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
		return new Page(ordered, page, pages, total);
	}

	/** The renditions made so far of an image, by name. */
	@Transactional(readOnly = true)
	public List<String> renditionsMade(long id) {
		return jdbc.sql("select name from image_rendition where image_id = ? order by name").param(id)
			.query(String.class).list();
	}

	private Image load(long id, long version) {
		Image image = images.findById(id).orElseThrow(() -> new ImageNotFoundException(id));
		if (image.getVersion() != version) {
			throw new DomainException(
					"Someone else changed this image while you were editing it. Reload the page to see their changes.");
		}
		return image;
	}

	static String hash(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String filename(String name) {
		if (name == null || name.isBlank()) {
			return "upload";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		base = new String(base.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
			.replaceAll("\\p{Cntrl}", "");
		return base.isEmpty() ? "upload" : base.length() > 255 ? base.substring(0, 255) : base;
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
