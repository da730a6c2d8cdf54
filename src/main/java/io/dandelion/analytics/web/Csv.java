package io.dandelion.analytics.web;

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
