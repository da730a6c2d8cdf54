package io.dandelion.organisation.web;

import io.dandelion.organisation.MemberSummary;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.UnitId;
import java.util.List;

/** A member on the members pages: with the name of their home unit and the roles they hold, where. */
public record MemberRow(MemberSummary member, String homeUnit, List<Held> grants) {

	public MemberRow {
		grants = List.copyOf(grants);
	}

	/** A role held on a unit, with the unit's name. */
	public record Held(Role role, UnitId unit, String unitName) {
	}

	/** The member's language skills as the form writes them: {@code fr:native, en:fluent}. */
	public String languages() {
		return String.join(", ", member.languages()
			.stream()
			.map(skill -> skill.language() + ":" + skill.level().name().toLowerCase(java.util.Locale.ROOT))
			.toList());
	}
}
