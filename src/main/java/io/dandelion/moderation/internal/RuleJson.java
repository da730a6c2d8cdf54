package io.dandelion.moderation.internal;

import io.dandelion.moderation.Action;
import io.dandelion.moderation.Decision;
import io.dandelion.moderation.Rule;
import io.dandelion.organisation.UnitId;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Rules, actions and decisions as JSON, for the database and the API. Unit ids are written as plain
 * strings ({@code {"type": "unit", "unit": "<id>"}}), which the application's shared mapper does not do.
 */
final class RuleJson {

	private static final TypeReference<List<Rule>> RULES = new TypeReference<>() {
	};

	private static final TypeReference<List<Action>> ACTIONS = new TypeReference<>() {
	};

	private static final TypeReference<List<Decision.Match>> MATCHES = new TypeReference<>() {
	};

	static final JsonMapper MAPPER = JsonMapper.builder()
		.addModule(new SimpleModule("unit-ids").addSerializer(UnitId.class, new ToStringSerializer(UnitId.class))
			.addDeserializer(UnitId.class, new UnitIdDeserializer()))
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private RuleJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static List<Rule> rules(String json) {
		return MAPPER.readValue(json, RULES);
	}

	/** Rules sent by a caller; anything unreadable is refused with a sentence. */
	static List<Rule> rules(JsonNode json) {
		try {
			List<Rule> rules = MAPPER.treeToValue(json, RULES);
			if (rules == null) {
				throw new IllegalArgumentException("rules must be a list");
			}
			return rules;
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException("rules could not be read: " + e.getOriginalMessage(), e);
		}
	}

	static List<Action> actions(String json) {
		return MAPPER.readValue(json, ACTIONS);
	}

	static List<Decision.Match> matches(String json) {
		return MAPPER.readValue(json, MATCHES);
	}

	static JsonNode tree(Object value) {
		return MAPPER.valueToTree(value);
	}

	private static final class UnitIdDeserializer extends StdDeserializer<UnitId> {

		UnitIdDeserializer() {
			super(UnitId.class);
		}

		@Override
		public UnitId deserialize(JsonParser parser, DeserializationContext context) {
			return UnitId.of(parser.getValueAsString());
		}
	}
}
