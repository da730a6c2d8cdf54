package io.dandelion.analytics.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; formula starts are defused. */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv(String... header) {
		row((Object[]) header);
	}

	Csv row(@Nullable Object... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(field(fields[i]));
		}
		text.append("\r\n");
		return this;
	}

	/**
	 * One line per record, one column per record component and derived number ({@code total()},
	 * {@code ...Percent()}), headed by their names in snake case; {@code first} names the key column.
	 */
	static Csv of(String first, List<? extends Record> rows, List<String> derived) {
		Class<?> type = rows.isEmpty() ? null : rows.get(0).getClass();
		if (type == null) {
			return new Csv(first);
		}
		List<Method> accessors = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			accessors.add(component.getAccessor());
		}
		for (String name : derived) {
			try {
				accessors.add(type.getMethod(name));
			}
			catch (NoSuchMethodException e) {
				throw new IllegalStateException(type + " has no " + name + "()", e);
			}
		}
		List<String> header = new ArrayList<>(accessors.stream().map(m -> snake(m.getName())).toList());
		header.set(0, first);
		var csv = new Csv(header.toArray(String[]::new));
		for (Record row : rows) {
			csv.row(accessors.stream().map(m -> value(m, row)).toArray());
		}
		return csv;
	}

	private static @Nullable Object value(Method accessor, Record row) {
		try {
			return accessor.invoke(row);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot read " + accessor, e);
		}
	}

	private static String snake(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return text.toString();
	}

	private static String field(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		// a spreadsheet would run a label starting like a formula (unit and channel names are user text)
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
