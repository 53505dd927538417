package org.dateline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.dateline.support.TestPhotos;

/**
 * The photo desk's benchmarks, small scale: making the whole set of renditions (every standard
 * width in WebP and JPEG) of a 24-megapixel JPEG, against Debian's {@code vipsthumbnail} making
 * the same widths and formats in the same run; and the heap while four such uploads are checked
 * and rendered at once. Run with
 * {@code MAVEN_OPTS=-Xmx1g ./mvnw -q test-compile exec:java -Dexec.mainClass=org.dateline.media.MediaBenchmarks -Dexec.classpathScope=test}.
 */
public final class MediaBenchmarks {

	private MediaBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		byte[] photo = photo24mp();
		Path dir = Files.createTempDirectory("media-bench");
		Path original = Files.write(dir.resolve("photo.jpg"), photo);
		List<Rendition> set = new ArrayList<>();
		for (Rendition.Format format : Rendition.Format.values()) {
			for (int w : Rendition.widthsFor(6000)) {
				set.add(new Rendition(null, 0, 0, w, Math.round(4000f * w / 6000), format));
			}
		}
		System.out.printf("24 MP JPEG: %d bytes, %d renditions (%s, WebP and JPEG)%n", photo.length, set.size(),
				Rendition.widthsFor(6000));

		renderOnce(photo, set); // warm-up
		double[] ours = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			renderOnce(photo, set);
			ours[i] = (System.nanoTime() - start) / 1e6;
		}
		double[] vips = new double[runs];
		boolean haveVips = Files.isExecutable(Path.of("/usr/bin/vipsthumbnail"));
		if (haveVips) {
			vipsOnce(original, dir, set);
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				vipsOnce(original, dir, set);
				vips[i] = (System.nanoTime() - start) / 1e6;
			}
		}
		double oursMedian = median(ours);
		System.out.printf("Dateline (ImageIO + TwelveMonkeys + libwebp): median %.0f ms for the set (runs %s)%n",
				oursMedian, Arrays.toString(round(ours)));
		if (haveVips) {
			double vipsMedian = median(vips);
			System.out.printf("vipsthumbnail, one call per rendition: median %.0f ms (runs %s)%n", vipsMedian,
					Arrays.toString(round(vips)));
			System.out.printf("ratio Dateline / vipsthumbnail: %.2f%n", oursMedian / vipsMedian);
		}
		else {
			System.out.println("vipsthumbnail not found (apt-get install libvips-tools); no ratio");
		}

		System.gc();
		long before = heapUsed();
		resetPeaks();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> uploads = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < 4; i++) {
			byte[] copy = photo.clone();
			uploads.add(pool.submit(() -> {
				ImageCodec.probe(copy);
				PhotoMetadata.read(copy);
				renderOnce(copy, set);
				return null;
			}));
		}
		for (Future<?> upload : uploads) {
			upload.get(10, TimeUnit.MINUTES);
		}
		pool.shutdown();
		System.out.printf("4 concurrent 24 MP uploads (check + metadata + full set): %.0f ms, peak heap %d MB "
				+ "(%d MB before; max heap %d MB)%n", (System.nanoTime() - start) / 1e6, peakHeap() / 1_048_576,
				before / 1_048_576, Runtime.getRuntime().maxMemory() / 1_048_576);
	}

	static void renderOnce(byte[] photo, List<Rendition> set) {
		long[] bytes = { 0 };
		Renditions.renderSet(photo, 1, 6000, 4000, set, (r, out) -> bytes[0] += out.length);
		if (bytes[0] == 0) {
			throw new IllegalStateException("nothing rendered");
		}
	}

	static void vipsOnce(Path original, Path dir, List<Rendition> set) throws Exception {
		for (Rendition r : set) {
			String out = dir.resolve("v-" + r.width() + "." + r.format().extension()).toString()
					+ (r.format() == Rendition.Format.JPEG ? "[Q=82,strip]" : "[Q=80,strip]");
			Process p = new ProcessBuilder("vipsthumbnail", original.toString(), "-s", String.valueOf(r.width()), "-o",
					out).redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
				throw new IllegalStateException("vipsthumbnail failed for " + r.name());
			}
		}
	}

	/** A 6000 x 4000 JPEG with a drawn scene and noise, so it compresses like a photo. */
	static byte[] photo24mp() {
		BufferedImage scene = TestPhotos.scene(6000, 4000);
		Random random = new Random(24);
		Graphics2D g = scene.createGraphics();
		for (int i = 0; i < 4000; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
			g.fillOval(random.nextInt(6000), random.nextInt(4000), 5 + random.nextInt(80), 5 + random.nextInt(80));
		}
		g.dispose();
		int[] row = new int[6000];
		for (int y = 0; y < 4000; y++) {
			scene.getRGB(0, y, 6000, 1, row, 0, 6000);
			for (int x = 0; x < 6000; x++) {
				int n = random.nextInt(17) - 8;
				int r = clamp(((row[x] >> 16) & 0xFF) + n);
				int gr = clamp(((row[x] >> 8) & 0xFF) + n);
				int b = clamp((row[x] & 0xFF) + n);
				row[x] = (r << 16) | (gr << 8) | b;
			}
			scene.setRGB(0, y, 6000, 1, row, 0, 6000);
		}
		return TestPhotos.jpeg(scene);
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	private static long heapUsed() {
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static long[] round(double[] values) {
		return Arrays.stream(values).mapToLong(Math::round).toArray();
	}

}
