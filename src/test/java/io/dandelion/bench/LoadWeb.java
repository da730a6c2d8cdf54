package io.dandelion.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One person's browser, as far as the server can tell: a session cookie, the CSRF token of the pages,
 * forms posted and redirects not followed. Every call is timed into the bench's histogram of its operation;
 * an answer other than the expected one counts as an error of that operation.
 */
final class LoadWeb {

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern PAGE_CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	private final LoadBenchmark bench;
	final LoadBenchmark.App node;
	final String username;
	private String cookie = "";
	private String csrf = "";

	LoadWeb(LoadBenchmark bench, LoadBenchmark.App node, String username) {
		this.bench = bench;
		this.node = node;
		this.username = username;
	}

	record Answer(int status, String location, String body) {

		boolean redirect() {
			return status >= 300 && status < 400;
		}
	}

	/** Signs in with the password form (its CSRF token first), then reads the CSRF token of the inbox page. */
	void signIn() {
		try {
			Answer login = exchange(HttpRequest.newBuilder(uri("/login")).GET());
			csrf = find(LOGIN_CSRF, login.body(), "the sign-in page's CSRF token");
			Answer signedIn = exchange(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						form(Map.of("username", username, "password", "dandelion", "_csrf", csrf)))));
			if (!signedIn.redirect() || signedIn.location().contains("error")) {
				throw new IllegalStateException(username + " could not sign in: " + signedIn.status() + " " + signedIn.location());
			}
			Answer inbox = exchange(HttpRequest.newBuilder(uri("/workspace")).GET());
			csrf = find(PAGE_CSRF, inbox.body(), "the inbox's CSRF token");
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(username + " could not sign in on node " + node.index, e);
		}
	}

	Answer get(String operation, String path) {
		return timed(operation, HttpRequest.newBuilder(uri(path)).GET(), 200);
	}

	/** A form posted as the browser does, answered by a redirect (303/302) when it worked. */
	Answer post(String operation, String path, Map<String, String> fields) {
		return timed(operation, HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString(form(fields))), 302);
	}

	void putJson(String path, String json) throws Exception {
		Answer answer = exchange(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrf)
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
		if (answer.status() != 200) {
			throw new IllegalStateException("PUT " + path + " answered " + answer.status() + ": " + answer.body());
		}
	}

	/** A request whose answer body is handed over as lines while it streams (server-sent events). */
	Stream<String> stream(String path) throws Exception {
		HttpResponse<Stream<String>> response = HTTP.send(with(HttpRequest.newBuilder(uri(path)))
			.header("Accept", "text/event-stream")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofLines());
		if (response.statusCode() != 200) {
			response.body().close();
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response.body();
	}

	private Answer timed(String operation, HttpRequest.Builder request, int expected) {
		long start = System.nanoTime();
		try {
			Answer answer = exchange(request);
			bench.metrics.record(operation, System.nanoTime() - start);
			boolean ok = expected == 302 ? answer.redirect() : answer.status() == expected;
			if (!ok || answer.location().contains("/login")) {
				bench.metrics.error(operation, answer.status() + " " + answer.location() + " "
						+ answer.body().replaceAll("\\s+", " "));
			}
			return answer;
		}
		catch (Exception e) {
			bench.metrics.record(operation, System.nanoTime() - start);
			bench.metrics.error(operation, e.toString());
			return new Answer(-1, "", "");
		}
	}

	private Answer exchange(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = HTTP.send(with(request).timeout(TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofString());
		response.headers().allValues("set-cookie").forEach(header -> {
			if (header.startsWith("JSESSIONID=")) {
				cookie = header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
			}
		});
		return new Answer(response.statusCode(), response.headers().firstValue("location").orElse(""), response.body());
	}

	private HttpRequest.Builder with(HttpRequest.Builder request) {
		return cookie.isEmpty() ? request : request.header("Cookie", cookie);
	}

	private URI uri(String path) {
		return URI.create(node.url(path));
	}

	private static String find(Pattern pattern, String body, String what) {
		Matcher matcher = pattern.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + what + " found");
		}
		return matcher.group(1);
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}
}
