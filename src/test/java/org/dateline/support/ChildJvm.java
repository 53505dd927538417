package org.dateline.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Java process on the test classpath, for what needs a process of its own: one that dies by
 * {@code kill -9}, or one whose console output is what a newcomer would see.
 */
public final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final Path output;

	private ChildJvm(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	public static ChildJvm start(Path workingDirectory, Class<?> mainClass, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx384m");
		command.add("-cp");
		command.add(classPath());
		command.add(mainClass.getName());
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile(workingDirectory, "child", ".log");
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		return new ChildJvm(process, output);
	}

	/**
	 * This JVM's test classpath: {@code java.class.path} under Surefire, the plugin's class loader
	 * under {@code exec:java} (where {@code java.class.path} is Maven's own).
	 */
	private static String classPath() {
		if (ChildJvm.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 1) {
			List<String> entries = new ArrayList<>();
			for (URL url : loader.getURLs()) {
				try {
					entries.add(Path.of(url.toURI()).toString());
				}
				catch (URISyntaxException ex) {
					throw new IllegalStateException("Odd classpath entry " + url, ex);
				}
			}
			return String.join(File.pathSeparator, entries);
		}
		return System.getProperty("java.class.path");
	}

	/** Waits until a line of output starts with the prefix, and returns that line. */
	public String awaitLine(String prefix, Duration timeout) {
		try {
			return Eventually.awaitValue("a line starting with '" + prefix + "'", timeout, Duration.ofMillis(200), () -> {
				try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(output), StandardCharsets.UTF_8))) {
					String line;
					while ((line = reader.readLine()) != null) {
						if (line.startsWith(prefix)) {
							return Optional.of(line);
						}
					}
				}
				if (!process.isAlive()) {
					throw new IllegalStateException("The child JVM exited with " + process.exitValue());
				}
				return Optional.empty();
			});
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(ex.getMessage() + ":\n" + safeOutput(), ex);
		}
	}

	private String safeOutput() {
		try {
			return output();
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("The child JVM did not exit within " + timeout);
		}
		return process.exitValue();
	}

	public String output() throws IOException {
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	public boolean alive() {
		return process.isAlive();
	}

	public long pid() {
		return process.pid();
	}

	/** SIGTERM: the JVM shuts down as on Ctrl-C, stopping its PostgreSQL. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			kill();
		}
	}

	/** {@code kill -9}: no shutdown hook runs, so children such as postgres live on. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

}
