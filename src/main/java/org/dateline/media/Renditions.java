package org.dateline.media;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.dateline.shared.DatelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Makes and finds renditions. After an upload, a small pool of background workers makes every
 * width of the whole picture in WebP and JPEG from one subsampled decode; crops, and anything
 * the workers have not made yet, are made on the first request, but only for names on the
 * whitelist (the standard widths that fit, the current focal point). Once made, a rendition is
 * served straight from the blob store with no database work.
 */
@Service
public class Renditions {

	private static final Logger log = LoggerFactory.getLogger(Renditions.class);

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{32}");

	private final BlobStore store;

	private final ImageRepository images;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ThreadPoolExecutor workers;

	/** Caps the on-request decodes, so that a burst of first requests cannot exhaust the heap. */
	private final Semaphore onRequest;

	private final ConcurrentMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

	Renditions(BlobStore store, ImageRepository images, JdbcClient jdbc, Clock clock, DatelineProperties properties) {
		this.store = store;
		this.images = images;
		this.jdbc = jdbc;
		this.clock = clock;
		int n = Math.max(1, properties.media().workers());
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(500), r -> {
			Thread t = new Thread(r, "renditions-" + count.incrementAndGet());
			t.setDaemon(true);
			return t;
		}, new ThreadPoolExecutor.DiscardPolicy());
		this.onRequest = new Semaphore(n);
	}

	/** The blob key of a rendition. */
	static String key(String hash, String name) {
		return "renditions/" + hash + "/" + name;
	}

	/**
	 * The rendition {@code name} of the image with {@code hash}, made now if it is on the image's
	 * whitelist and not made yet; empty for anything else.
	 */
	public Optional<BlobStore.Blob> find(String hash, String name) {
		if (!HASH.matcher(hash).matches()) {
			return Optional.empty();
		}
		Optional<Rendition.Request> request = Rendition.parse(name);
		if (request.isEmpty()) {
			return Optional.empty();
		}
		Optional<BlobStore.Blob> made = store.get(key(hash, name));
		if (made.isPresent()) {
			return made;
		}
		Optional<Image> image = images.findByHash(hash);
		if (image.isEmpty()) {
			return Optional.empty();
		}
		Optional<Rendition> allowed = allowed(image.get().view(), request.get());
		if (allowed.isEmpty()) {
			return Optional.empty();
		}
		makeOnRequest(image.get(), allowed.get());
		return store.get(key(hash, name));
	}

	/** The rendition a request names, if the image offers it. */
	static Optional<Rendition> allowed(ImageView image, Rendition.Request request) {
		List<Rendition> offered = request.crop() == null ? image.renditions(request.format())
				: image.renditions(request.crop(), request.format());
		return offered.stream()
			.filter(r -> r.width() == request.width() && r.focalX() == request.focalX()
					&& r.focalY() == request.focalY())
			.findFirst();
	}

	/** Queues the whole picture's renditions for the background workers. */
	public void prepare(long imageId) {
		workers.execute(() -> {
			try {
				images.findById(imageId).ifPresent(this::makeAll);
			}
			catch (RuntimeException ex) {
				log.warn("Could not make the renditions of image {}: {}", imageId, ex.toString());
			}
		});
	}

	/** Makes every width of the whole picture in both formats, from one decode. Returns how many. */
	int makeAll(Image image) {
		ImageView view = image.view();
		// The table says what has been made for this image; a blob left from an earlier life of
		// the store is simply made again, byte for byte the same.
		java.util.Set<String> recorded = new java.util.HashSet<>(jdbc
			.sql("select name from image_rendition where image_id = ?").param(image.getId()).query(String.class).list());
		List<Rendition> wanted = new ArrayList<>();
		for (Rendition.Format format : Rendition.Format.values()) {
			for (Rendition r : view.renditions(format)) {
				if (!recorded.contains(r.name())) {
					wanted.add(r);
				}
			}
		}
		if (wanted.isEmpty()) {
			return 0;
		}
		byte[] original = store.read(image.getOriginalKey()).orElseThrow();
		int[] made = { 0 };
		renderSet(original, image.getOrientation(), view.width(), view.height(), wanted, (r, bytes) -> {
			save(image, r, bytes);
			made[0]++;
		});
		return made[0];
	}

	/**
	 * Makes {@code wanted} (renditions of the whole picture) from one decode of {@code original},
	 * subsampled for the widest, then each width scaled from the one above it.
	 */
	static void renderSet(byte[] original, int orientation, int shownWidth, int shownHeight, List<Rendition> wanted,
			java.util.function.BiConsumer<Rendition, byte[]> sink) {
		int widest = wanted.stream().mapToInt(Rendition::width).max().orElseThrow();
		BufferedImage previous = ImageCodec.decode(original, orientation, widest);
		List<Integer> widths = wanted.stream().map(Rendition::width).distinct().sorted((a, b) -> b - a).toList();
		for (int width : widths) {
			int height = Math.max(1, Math.round((float) shownHeight * width / shownWidth));
			BufferedImage scaled = ImageCodec.scale(previous, width, height);
			for (Rendition r : wanted) {
				if (r.width() == width) {
					sink.accept(r, ImageCodec.encode(scaled, r.format()));
				}
			}
			previous = scaled;
		}
	}

	private void makeOnRequest(Image image, Rendition rendition) {
		String key = key(image.getHash(), rendition.name());
		CompletableFuture<Void> mine = new CompletableFuture<>();
		CompletableFuture<Void> running = inFlight.putIfAbsent(key, mine);
		if (running != null) {
			running.join();
			return;
		}
		try {
			if (!onRequest.tryAcquire(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Too busy to make " + key);
			}
			try {
				save(image, rendition, render(image, rendition));
			}
			finally {
				onRequest.release();
			}
			mine.complete(null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			mine.completeExceptionally(ex);
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			inFlight.remove(key, mine);
		}
	}

	/** One rendition, from a decode subsampled as far as its size allows. */
	byte[] render(Image image, Rendition rendition) {
		byte[] original = store.read(image.getOriginalKey()).orElseThrow();
		ImageView view = image.view();
		if (rendition.crop() == null) {
			BufferedImage decoded = ImageCodec.decode(original, image.getOrientation(), rendition.width());
			return ImageCodec.encode(ImageCodec.scale(decoded, rendition.width(), rendition.height()),
					rendition.format());
		}
		int[] box = rendition.crop().box(view.width(), view.height(), rendition.focalX() / 100.0,
				rendition.focalY() / 100.0);
		// Decode just wide enough that the crop box still holds the rendition's width.
		int needed = (int) Math.ceil((double) rendition.width() * view.width() / box[2]);
		BufferedImage decoded = ImageCodec.decode(original, image.getOrientation(), needed);
		double f = (double) decoded.getWidth() / view.width();
		int x = (int) Math.floor(box[0] * f);
		int y = (int) Math.floor(box[1] * f);
		int w = Math.max(1, Math.min(decoded.getWidth() - x, (int) Math.round(box[2] * f)));
		int h = Math.max(1, Math.min(decoded.getHeight() - y, (int) Math.round(box[3] * f)));
		BufferedImage cropped = decoded.getSubimage(x, y, w, h);
		return ImageCodec.encode(ImageCodec.scale(cropped, rendition.width(), rendition.height()), rendition.format());
	}

	private void save(Image image, Rendition rendition, byte[] bytes) {
		String key = key(image.getHash(), rendition.name());
		store.put(key, bytes, rendition.format().mediaType());
		try {
			record(image, rendition, bytes);
		}
		catch (org.springframework.dao.DataIntegrityViolationException deleted) {
			// The image was deleted while this rendition was being made: take the rendition away too.
			store.delete(key);
			throw new IllegalStateException("Image " + image.getId() + " was deleted", deleted);
		}
	}

	private void record(Image image, Rendition rendition, byte[] bytes) {
		jdbc.sql("""
				insert into image_rendition (image_id, name, width, height, byte_size, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict (image_id, name) do nothing""")
			.params(image.getId(), rendition.name(), rendition.width(), rendition.height(), bytes.length,
					java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/** Waits until the background workers have nothing left, for tests and the demo. */
	public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
		long end = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < end) {
			if (workers.getQueue().isEmpty() && workers.getActiveCount() == 0) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	/** Removes every rendition of an image from the store. */
	void deleteAll(Image image) {
		List<String> names = jdbc.sql("select name from image_rendition where image_id = ?")
			.param(image.getId())
			.query(String.class)
			.list();
		for (String name : names) {
			store.delete(key(image.getHash(), name));
		}
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

}
