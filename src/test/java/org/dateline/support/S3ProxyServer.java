package org.dateline.support;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * A real S3 implementation (S3Proxy on jclouds' filesystem store) running in the test JVM on a
 * temporary directory, bound to 127.0.0.1 on a free port. S3Proxy's own Jetty and jclouds clash
 * with the test classpath, so its self-contained jar (copied to {@code target/s3proxy} by the
 * build) runs in a class loader of its own and is driven by reflection.
 */
public final class S3ProxyServer implements AutoCloseable {

	public static final String IDENTITY = "dateline-test";

	public static final String CREDENTIAL = "dateline-test-secret";

	private final URLClassLoader loader;

	private final Object proxy;

	private final URI endpoint;

	private S3ProxyServer(URLClassLoader loader, Object proxy, URI endpoint) {
		this.loader = loader;
		this.proxy = proxy;
		this.endpoint = endpoint;
	}

	/** Starts S3Proxy storing its buckets under {@code directory}. */
	public static S3ProxyServer start(Path directory) throws Exception {
		Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("S3Proxy's jar is missing at " + jar.toAbsolutePath()
					+ "; run the tests through ./mvnw, which copies it there");
		}
		URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				ClassLoader.getPlatformClassLoader());
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			Properties overrides = new Properties();
			overrides.setProperty("jclouds.filesystem.basedir", directory.toAbsolutePath().toString());
			Class<?> contextBuilder = loader.loadClass("org.jclouds.ContextBuilder");
			Object builder = contextBuilder.getMethod("newBuilder", String.class).invoke(null, "filesystem");
			builder = contextBuilder.getMethod("credentials", String.class, String.class)
				.invoke(builder, IDENTITY, CREDENTIAL);
			builder = contextBuilder.getMethod("overrides", Properties.class).invoke(builder, overrides);
			Class<?> contextType = loader.loadClass("org.jclouds.blobstore.BlobStoreContext");
			Object context = contextBuilder.getMethod("build", Class.class).invoke(builder, contextType);
			Object blobStore = contextType.getMethod("getBlobStore").invoke(context);

			Class<?> s3ProxyType = loader.loadClass("org.gaul.s3proxy.S3Proxy");
			Object proxyBuilder = s3ProxyType.getMethod("builder").invoke(null);
			Class<?> builderType = proxyBuilder.getClass();
			builderType.getMethod("blobStore", loader.loadClass("org.jclouds.blobstore.BlobStore"))
				.invoke(proxyBuilder, blobStore);
			builderType.getMethod("endpoint", URI.class).invoke(proxyBuilder, URI.create("http://127.0.0.1:0"));
			Class<?> authType = loader.loadClass("org.gaul.s3proxy.AuthenticationType");
			Object v2OrV4 = authType.getField("AWS_V2_OR_V4").get(null);
			builderType.getMethod("awsAuthentication", authType, String.class, String.class)
				.invoke(proxyBuilder, v2OrV4, IDENTITY, CREDENTIAL);
			Object proxy = builderType.getMethod("build").invoke(proxyBuilder);
			s3ProxyType.getMethod("start").invoke(proxy);
			Method state = s3ProxyType.getMethod("getState");
			Poll.until("S3Proxy to start", Duration.ofSeconds(10), () -> "STARTED".equals(state.invoke(proxy)));
			int port = (int) s3ProxyType.getMethod("getPort").invoke(proxy);
			return new S3ProxyServer(loader, proxy, URI.create("http://127.0.0.1:" + port));
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	public URI endpoint() {
		return endpoint;
	}

	@Override
	public void close() throws Exception {
		try {
			proxy.getClass().getMethod("stop").invoke(proxy);
		}
		finally {
			loader.close();
		}
	}

}
