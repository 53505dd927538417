package org.dateline.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The demo newsroom's pictures as drawn: story scenes (a map, a chart, a sports ground, a podium)
 * from a seeded {@link Random}, and portraits and logos whose colours come from a subject's name.
 */
final class DemoDrawings {

	private DemoDrawings() {
	}

	private static final int W = 1600;

	private static final int H = 900;

	private static Graphics2D start(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		return g;
	}

	/** A story picture: the background painted over the whole frame, then {@code drawing} on top. */
	private static BufferedImage scene(Paint background, Consumer<Graphics2D> drawing) {
		BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image);
		g.setPaint(background);
		g.fillRect(0, 0, W, H);
		drawing.accept(g);
		g.dispose();
		return image;
	}

	static BufferedImage map(Random random) {
		return scene(new Color(150, 195, 230), g -> {
			Path2D land = new Path2D.Double();
			land.moveTo(0, H);
			double y = H * (0.3 + random.nextDouble() * 0.3);
			for (int x = 0; x <= W; x += 40) {
				y = Math.max(H * 0.15, Math.min(H * 0.85, y + (random.nextDouble() - 0.5) * 60));
				land.lineTo(x, y);
			}
			land.lineTo(W, H);
			land.closePath();
			g.setColor(new Color(200, 220, 170));
			g.fill(land);
			g.setColor(new Color(90, 120, 80));
			g.setStroke(new BasicStroke(4));
			g.draw(land);
			g.setColor(new Color(160, 30, 30));
			for (int i = 0; i < 4; i++) {
				int tx = 150 + random.nextInt(W - 300);
				int ty = (int) (H * 0.75) + random.nextInt(H / 6);
				g.fillOval(tx - 12, ty - 12, 24, 24);
			}
		});
	}

	static BufferedImage chart(Random random) {
		return scene(new Color(248, 246, 240), g -> {
			g.setColor(new Color(215, 215, 210));
			for (int y = 100; y < H - 80; y += 100) {
				g.drawLine(100, y, W - 100, y);
			}
			int bars = 8;
			int width = (W - 300) / bars;
			for (int i = 0; i < bars; i++) {
				int h = 120 + random.nextInt(H - 320);
				g.setColor(i == bars - 1 ? new Color(190, 60, 40) : new Color(40, 90, 150));
				g.fillRect(150 + i * width, H - 80 - h, width - 40, h);
			}
			g.setColor(Color.DARK_GRAY);
			g.setStroke(new BasicStroke(3));
			g.drawLine(100, H - 80, W - 100, H - 80);
		});
	}

	static BufferedImage stadium(Random random) {
		return scene(new Color(120, 120, 125), g -> {
			g.setColor(new Color(180, 70, 50));
			g.fillRoundRect(150, 100, W - 300, H - 200, 600, 600);
			g.setColor(new Color(70, 150, 70 + random.nextInt(30)));
			g.fillRoundRect(260, 200, W - 520, H - 400, 400, 400);
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(5));
			g.drawLine(W / 2, 200, W / 2, H - 200);
			g.drawOval(W / 2 - 90, H / 2 - 90, 180, 180);
		});
	}

	static BufferedImage stage(Random random) {
		return scene(new GradientPaint(0, 0, new Color(90, 10, 20), 0, H, new Color(40, 5, 10)), g -> {
			g.setColor(new Color(60, 40, 30));
			g.fillRect(0, H * 3 / 4, W, H / 4);
			g.setColor(new Color(255, 240, 180, 90));
			for (int i = 0; i < 3; i++) {
				int x = 300 + i * 500 + random.nextInt(60);
				g.fillPolygon(new int[] { x - 20, x + 20, x + 220, x - 220 }, new int[] { 0, 0, H * 3 / 4, H * 3 / 4 },
						4);
			}
		});
	}

	/** A square picture for a subject, its colours drawn from the subject's name so they never change. */
	private static BufferedImage square(int size, int type, String name, BiConsumer<Graphics2D, Random> drawing) {
		BufferedImage image = new BufferedImage(size, size, type);
		Graphics2D g = start(image);
		drawing.accept(g, new Random(name.hashCode()));
		g.dispose();
		return image;
	}

	static BufferedImage portrait(String name) {
		return square(800, BufferedImage.TYPE_INT_RGB, name, (g, random) -> {
			g.setColor(Color.getHSBColor(random.nextFloat(), 0.25f, 0.85f));
			g.fillRect(0, 0, 800, 800);
			g.setColor(Color.getHSBColor(random.nextFloat(), 0.4f, 0.35f));
			g.fillOval(250, 150, 300, 340);
			g.fillRoundRect(130, 500, 540, 400, 300, 300);
		});
	}

	static BufferedImage logo(String name) {
		return square(600, BufferedImage.TYPE_INT_ARGB, name, (g, random) -> {
			g.setColor(Color.getHSBColor(random.nextFloat(), 0.6f, 0.6f));
			g.fillOval(40, 40, 520, 520);
			String initials = initials(name);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SERIF, Font.BOLD, initials.length() > 2 ? 170 : 220));
			int width = g.getFontMetrics().stringWidth(initials);
			g.drawString(initials, 300 - width / 2, 300 + g.getFontMetrics().getAscent() / 3);
		});
	}

	static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[\\s-]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && initials.length() < 3) {
				initials.append(word.charAt(0));
			}
		}
		return initials.isEmpty() ? name.substring(0, 1).toUpperCase() : initials.toString();
	}

}
