package io.dandelion.channels.platforms;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks recorded HTTP exchanges against a platform's official OpenAPI 3.0 description: the operation
 * exists, every query and path parameter is declared and valid, required ones are present, and the
 * request and response bodies match their schemas. Stubs that deliberately break the contract (a
 * malformed body, an endpoint the description lacks) say so in their metadata ({@code outsideSpec}, or
 * {@code requestBodyOutsideSpec} where the description itself is wrong about a request body). Form bodies
 * ({@code application/x-www-form-urlencoded}) are checked as objects of string fields.
 */
public final class OpenApiContract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String location;

	private final JsonNode spec;

	private final SchemaRegistry registry;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private OpenApiContract(String location, String text) {
		this.location = location;
		this.spec = JSON.readTree(text);
		this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
	}

	/** Loads a description from the test class path, e.g. {@code specs/twitter.json}. */
	public static OpenApiContract load(String resource) {
		try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no such specification: " + resource);
			}
			return new OpenApiContract("https://specs.dandelion.invalid/" + resource,
					new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every way the served exchanges break the description; empty when they all follow it. */
	public List<String> violations(List<ServeEvent> events) {
		List<String> violations = new ArrayList<>();
		for (ServeEvent event : events) {
			String call = event.getRequest().getMethod().getName() + " " + event.getRequest().getUrl();
			if (!event.getWasMatched()) {
				violations.add(call + ": no stub answered it");
				continue;
			}
			Map<String, ?> metadata = event.getStubMapping().getMetadata() == null ? Map.of()
					: event.getStubMapping().getMetadata();
			if (metadata.containsKey("outsideSpec")) {
				continue;
			}
			for (String violation : check(event, !metadata.containsKey("requestBodyOutsideSpec"))) {
				violations.add(call + ": " + violation);
			}
		}
		return violations;
	}

	private List<String> check(ServeEvent event, boolean checkRequestBody) {
		List<String> violations = new ArrayList<>();
		String url = event.getRequest().getUrl();
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		Optional<String> template = template(path);
		if (template.isEmpty()) {
			return List.of("no such path in the specification");
		}
		JsonNode operation = spec.path("paths").path(template.get())
			.path(event.getRequest().getMethod().getName().toLowerCase());
		if (operation.isMissingNode()) {
			return List.of("no such operation on " + template.get());
		}
		Map<String, JsonNode> parameters = parameters(template.get(), operation);
		Map<String, List<String>> query = query(url);
		for (Map.Entry<String, List<String>> entry : query.entrySet()) {
			JsonNode declared = parameters.get("query:" + entry.getKey());
			if (declared == null) {
				violations.add("undeclared query parameter " + entry.getKey());
				continue;
			}
			for (String value : entry.getValue()) {
				violations.addAll(validate(declared.path("schema"), parameterValue(declared.path("schema"), value),
						"query parameter " + entry.getKey()));
			}
		}
		Map<String, String> pathValues = pathValues(template.get(), path);
		parameters.forEach((key, declared) -> {
			String name = declared.path("name").asString("");
			if (key.startsWith("query:") && declared.path("required").asBoolean(false) && !query.containsKey(name)) {
				violations.add("missing required query parameter " + name);
			}
			if (key.startsWith("path:") && pathValues.containsKey(name)) {
				violations.addAll(validate(declared.path("schema"), parameterValue(declared.path("schema"),
						pathValues.get(name)), "path parameter " + name));
			}
		});
		if (checkRequestBody) {
			violations.addAll(requestBody(operation, event.getRequest().contentTypeHeader().mimeTypePart(),
					event.getRequest().getBodyAsString()));
		}
		violations.addAll(responseBody(operation, event.getResponse().getStatus(),
				event.getResponse().getHeaders().getContentTypeHeader().mimeTypePart(),
				event.getResponse().getBodyAsString()));
		return violations;
	}

	private List<String> requestBody(JsonNode operation, String mediaType, String body) {
		JsonNode requestBody = resolve(operation.path("requestBody"));
		if (requestBody.isMissingNode()) {
			return body == null || body.isBlank() ? List.of() : List.of("sends a body the operation does not take");
		}
		if (body == null || body.isBlank()) {
			return requestBody.path("required").asBoolean(false) ? List.of("lacks the required body") : List.of();
		}
		JsonNode schema = media(requestBody.path("content"), mediaType).path("schema");
		if (schema.isMissingNode()) {
			return List.of();
		}
		return validate(schema, "application/x-www-form-urlencoded".equals(mediaType) ? form(body) : JSON.readTree(body),
				"request body");
	}

	/** A form body as the object it stands for, each field a string (RFC 6749 token requests are forms). */
	private static JsonNode form(String body) {
		ObjectNode fields = JSON.createObjectNode();
		query("?" + body).forEach((name, values) -> fields.put(name, values.get(values.size() - 1)));
		return fields;
	}

	private List<String> responseBody(JsonNode operation, int status, String mediaType, String body) {
		JsonNode responses = operation.path("responses");
		JsonNode response = responses.path(String.valueOf(status));
		if (response.isMissingNode()) {
			response = responses.path(status / 100 + "XX");
		}
		if (response.isMissingNode()) {
			response = responses.path("default");
		}
		if (response.isMissingNode()) {
			return List.of("status " + status + " is not documented");
		}
		JsonNode schema = media(resolve(response).path("content"), mediaType).path("schema");
		if (schema.isMissingNode() || body == null || body.isBlank()) {
			return List.of();
		}
		return validate(schema, JSON.readTree(body), "response " + status);
	}

	private List<String> validate(JsonNode schemaNode, JsonNode value, String what) {
		Schema schema = schemas.computeIfAbsent(schemaNode.toString(), key -> {
			// The schema joined with the document's components, so that "#/components/..." resolves.
			ObjectNode document = JSON.createObjectNode();
			document.putArray("allOf").add(schemaNode);
			document.set("components", spec.path("components"));
			return registry.getSchema(SchemaLocation.of(location), document);
		});
		return schema.validate(value).stream().map(error -> what + ": " + error.toString()).toList();
	}

	private static JsonNode parameterValue(JsonNode schema, String value) {
		String type = schema.path("type").asString("");
		if (type.equals("array")) {
			ArrayNode array = JSON.createArrayNode();
			for (String item : value.split(",")) {
				array.add(item);
			}
			return array;
		}
		if (type.equals("integer") || type.equals("number")) {
			try {
				return JSON.readTree(value);
			}
			catch (RuntimeException e) {
				return JSON.getNodeFactory().stringNode(value);
			}
		}
		if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
			return JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
		}
		return JSON.getNodeFactory().stringNode(value);
	}

	private Map<String, JsonNode> parameters(String template, JsonNode operation) {
		Map<String, JsonNode> parameters = new LinkedHashMap<>();
		List<JsonNode> all = new ArrayList<>();
		spec.path("paths").path(template).path("parameters").forEach(all::add);
		operation.path("parameters").forEach(all::add);
		for (JsonNode parameter : all) {
			JsonNode resolved = resolve(parameter);
			parameters.put(resolved.path("in").asString("") + ":" + resolved.path("name").asString(""), resolved);
		}
		return parameters;
	}

	private JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		while (current.has("$ref")) {
			current = spec.at(current.path("$ref").asString("").substring(1));
		}
		return current;
	}

	/** The declared media type that was sent (JSON when the message did not say). */
	private static JsonNode media(JsonNode content, String mediaType) {
		if (mediaType != null && content.has(mediaType)) {
			return content.path(mediaType);
		}
		if ("application/x-www-form-urlencoded".equals(mediaType)) {
			// Mastodon's description names its form bodies "application/form-data"
			for (String form : List.of("multipart/form-data", "application/form-data")) {
				if (content.has(form)) {
					return content.path(form);
				}
			}
		}
		return content.path("application/json");
	}

	private Optional<String> template(String path) {
		List<String> candidates = new ArrayList<>();
		spec.path("paths").propertyNames().forEach(candidates::add);
		return candidates.stream().filter(t -> path.matches(regex(t)))
			.min(Comparator.comparingInt((String t) -> t.split("\\{", -1).length));
	}

	private static Map<String, String> pathValues(String template, String path) {
		Map<String, String> values = new HashMap<>();
		String[] names = template.split("/");
		String[] parts = path.split("/");
		for (int i = 0; i < names.length && i < parts.length; i++) {
			if (names[i].startsWith("{") && names[i].endsWith("}")) {
				values.put(names[i].substring(1, names[i].length() - 1), decode(parts[i]));
			}
		}
		return values;
	}

	private static String regex(String template) {
		return template.replaceAll("\\{[^/}]+\\}", "[^/]+").replace(".", "\\.");
	}

	private static Map<String, List<String>> query(String url) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (!url.contains("?")) {
			return query;
		}
		for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
			String[] kv = pair.split("=", 2);
			query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
		}
		return query;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}
}
