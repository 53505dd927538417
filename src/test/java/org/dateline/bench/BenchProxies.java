package org.dateline.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The comparison servers the harness runs beside Dateline, each a child process on a loopback
 * port: nginx serving the static directory (the same files as Tomcat's baseline) and Varnish with
 * {@code docs/varnish/dateline.vcl} in front of Dateline. Either is absent (null base) when its
 * binary is not installed.
 */
final class BenchProxies implements AutoCloseable {

	static final Path NGINX = Path.of("/usr/sbin/nginx");

	static final Path VARNISHD = Path.of("/usr/sbin/varnishd");

	final int varnishPort;

	private Process nginx;

	private Process varnish;

	private String nginxBase;

	private String varnishBase;

	BenchProxies() throws IOException {
		this.varnishPort = Files.isExecutable(VARNISHD) ? freePort() : -1;
	}

	/** The purge URL Dateline should be started with, or null. */
	String purgeUrl() {
		return varnishPort > 0 ? "http://127.0.0.1:" + varnishPort + "/" : null;
	}

	void start(Path work, Path staticDir, int appPort) throws Exception {
		if (Files.isExecutable(NGINX)) {
			int port = freePort();
			Path dir = Files.createDirectories(work.resolve("nginx"));
			Files.createDirectories(dir.resolve("logs"));
			Path conf = dir.resolve("nginx.conf");
			Files.writeString(conf, """
					daemon off;
					master_process off;
					worker_processes 1;
					pid %1$s/nginx.pid;
					error_log %1$s/logs/error.log;
					events { worker_connections 1024; }
					http {
					    access_log off;
					    client_body_temp_path %1$s/tmp;
					    sendfile on;
					    types { text/html html; text/css css; }
					    server {
					        listen 127.0.0.1:%2$d;
					        root %3$s;
					    }
					}
					""".formatted(dir.toAbsolutePath(), port, staticDir.toAbsolutePath()));
			nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toAbsolutePath().toString(), "-c", conf.toAbsolutePath().toString())
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("nginx.out").toFile())
				.start();
			nginxBase = "http://127.0.0.1:" + port;
			awaitAnswering(nginxBase + "/", nginx);
		}
		if (varnishPort > 0) {
			Path dir = Files.createDirectories(work.resolve("varnish-" + System.nanoTime())).toAbsolutePath();
			Path vcl = dir.resolve("dateline.vcl");
			Files.writeString(vcl, Files.readString(Path.of("docs/varnish/dateline.vcl"))
				.replace(".port = \"8080\";", ".port = \"" + appPort + "\";"));
			varnish = new ProcessBuilder(VARNISHD.toString(), "-F", "-j", "none", "-n", dir.resolve("n").toString(),
					"-a", "127.0.0.1:" + varnishPort, "-f", vcl.toString(), "-s", "malloc,256m")
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("varnishd.log").toFile())
				.start();
			varnishBase = "http://127.0.0.1:" + varnishPort;
			awaitAnswering(varnishBase + "/robots.txt", varnish);
		}
	}

	/** nginx's base URL, or null. */
	String nginx() {
		return nginxBase;
	}

	/** Varnish's base URL, or null. */
	String varnish() {
		return varnishBase;
	}

	private static void awaitAnswering(String url, Process process) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		try {
			await(url + " answering").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> {
					if (!process.isAlive()) {
						throw new IllegalStateException(url + " exited while starting");
					}
					try {
						http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
						return true;
					}
					catch (IOException ex) {
						return false;
					}
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException(url + " did not start", ex);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		for (Process process : new Process[] { varnish, nginx }) {
			if (process != null) {
				process.destroy();
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
	}

}
