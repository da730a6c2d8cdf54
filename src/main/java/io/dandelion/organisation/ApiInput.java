package io.dandelion.organisation;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Turns optional JSON fields into clear 400 messages instead of null pointers. */
final class ApiInput {

	private ApiInput() {
	}

	static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value;
	}

	static UnitId unit(@Nullable UUID id, String field) {
		return new UnitId(required(id, field));
	}

	static <T> List<T> orEmpty(@Nullable List<T> values) {
		return values == null ? List.of() : values;
	}
}
