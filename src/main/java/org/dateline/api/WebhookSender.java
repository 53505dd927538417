package org.dateline.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one webhook request: a POST with the JSON body and the Standard Webhooks headers, through
 * {@link WebhookAddressGuard}, following no redirects (a 3xx counts as a failure), with connect
 * and read timeouts. At most 64 KB of the answer is read.
 */
final class WebhookSender implements AutoCloseable {

	/** What happened: the status (0 if none came back), how long it took, and why it failed. */
	record Result(int status, long millis, String error) {

		boolean succeeded() {
			return status >= 200 && status < 300;
		}

	}

	private final CloseableHttpClient client;

	WebhookSender(boolean allowPrivateAddresses, Duration connectTimeout, Duration readTimeout) {
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new WebhookAddressGuard(allowPrivateAddresses))
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(connectTimeout))
					.setSocketTimeout(Timeout.of(readTimeout))
					.build())
				.setMaxConnTotal(20)
				.setMaxConnPerRoute(4)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setRedirectsEnabled(false)
				.setResponseTimeout(Timeout.of(readTimeout))
				.setConnectionRequestTimeout(Timeout.of(connectTimeout))
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.setUserAgent("Dateline-Webhooks/1")
			.evictIdleConnections(Timeout.of(30, TimeUnit.SECONDS))
			.build();
	}

	Result send(String url, Map<String, String> headers, String body) {
		long start = System.nanoTime();
		try {
			URI uri = URI.create(url);
			HttpPost post = new HttpPost(uri);
			headers.forEach(post::setHeader);
			post.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
			return client.execute(post, response -> {
				if (response.getEntity() != null) {
					EntityUtils.toByteArray(response.getEntity(), 64 * 1024);
				}
				int status = response.getCode();
				String error = status >= 200 && status < 300 ? null
						: status >= 300 && status < 400 ? "redirects are not followed (" + status + ")"
								: "the receiver answered " + status;
				return new Result(status, elapsed(start), error);
			});
		}
		catch (WebhookAddressGuard.RefusedAddressException e) {
			return new Result(0, elapsed(start), e.getMessage());
		}
		catch (IOException | IllegalArgumentException e) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			return new Result(0, elapsed(start), message.length() > 400 ? message.substring(0, 400) : message);
		}
	}

	private static long elapsed(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	@Override
	public void close() throws IOException {
		client.close();
	}

}
