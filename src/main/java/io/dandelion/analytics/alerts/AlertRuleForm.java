package io.dandelion.analytics.alerts;

import io.dandelion.organisation.UnitId;
import java.util.Locale;
import java.util.UUID;

/** What the form was sent with, kept to fill it again when it is refused. */
public record AlertRuleForm(String unit, String kind, String keyword, String threshold, String windowMinutes,
		String email) {

	static final AlertRuleForm EMPTY = new AlertRuleForm("", "VOLUME", "", "", "60", "");

	/** The rule the form asks for; the keys of its complaints are messages of the bundle. */
	AlertRule rule() {
		UnitId id;
		try {
			id = UnitId.of(unit);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("alerts.invalid.unit", e);
		}
		AlertRule.Kind which;
		try {
			which = AlertRule.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("alerts.invalid.kind", e);
		}
		return new AlertRule(UUID.randomUUID(), id, which, keyword, whole(threshold, "alerts.invalid.threshold-number"),
				whole(windowMinutes, "alerts.invalid.window-number"), email);
	}

	private static int whole(String value, String complaint) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(complaint, e);
		}
	}
}
