package io.dandelion.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes units, each change checked against the caller's scope and audited. */
@Service
@Transactional
class UnitAdministration {

	private final JdbcClient jdbc;
	private final UnitTreeCache cache;
	private final ApplicationEventPublisher events;

	UnitAdministration(JdbcClient jdbc, UnitTreeCache cache, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.events = events;
	}

	UnitId create(AccessScope scope, UnitDraft draft) {
		UnitTree tree = cache.tree();
		if (draft.parent() == null) {
			if (draft.kind() != UnitKind.GROUP || tree.root().isPresent() || !(scope instanceof SystemScope)) {
				throw new IllegalArgumentException("every unit but the group needs a parent unit");
			}
		}
		else {
			Guard.manages(scope, draft.parent(), "parent unit");
			UnitKind parentKind = tree.find(draft.parent()).orElseThrow(() -> new NotFoundException("parent unit not found")).kind();
			if (!draft.fitsBelow(parentKind)) {
				throw new IllegalArgumentException("a " + draft.kind() + " cannot sit below a " + parentKind);
			}
		}
		requireFreeCode(draft.code());
		UnitId id = UnitId.random();
		jdbc.sql("""
				insert into units (id, code, name, kind, parent_id, time_zone, languages, country_code)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), draft.code(), draft.name(), draft.kind().name(),
					draft.parent() == null ? null : draft.parent().value(), draft.timeZone(),
					draft.languages().toArray(String[]::new), draft.countryCode())
			.update();
		cache.invalidate();
		events.publishEvent(new OrganisationChanged(scope.actor(), "unit.created", id, "unit", id.toString(), null, draft));
		return id;
	}

	/** Changes name, time zone, languages and country; the code, kind and parent stay. */
	void update(AccessScope scope, UnitId unit, String name, String timeZone, List<String> languages, String countryCode) {
		Guard.manages(scope, unit, "unit");
		UnitSummary before = cache.tree().find(unit).orElseThrow(() -> new NotFoundException("unit not found"));
		var draft = new UnitDraft(before.code(), name, before.kind(), before.parent(), timeZone, languages, countryCode);
		jdbc.sql("update units set name = ?, time_zone = ?, languages = ?, country_code = ? where id = ?")
			.params(draft.name(), draft.timeZone(), draft.languages().toArray(String[]::new), draft.countryCode(),
					unit.value())
			.update();
		cache.invalidate();
		events.publishEvent(new OrganisationChanged(scope.actor(), "unit.updated", unit, "unit", unit.toString(), before, draft));
	}

	/** Moves a unit (and its subtree) below another: the caller must manage the unit and the new parent. */
	void move(AccessScope scope, UnitId unit, UnitId newParent) {
		Guard.manages(scope, unit, "unit");
		Guard.manages(scope, newParent, "parent unit");
		UnitTree tree = cache.tree();
		UnitSummary before = tree.find(unit).orElseThrow(() -> new NotFoundException("unit not found"));
		if (before.isRoot()) {
			throw new IllegalArgumentException("the group stays at the root");
		}
		if (tree.isWithin(newParent, unit)) {
			throw new IllegalArgumentException("a unit cannot move below itself");
		}
		UnitKind parentKind = tree.find(newParent).orElseThrow().kind();
		var draft = new UnitDraft(before.code(), before.name(), before.kind(), newParent, before.timeZone(),
				before.languages(), before.countryCode());
		if (!draft.fitsBelow(parentKind)) {
			throw new IllegalArgumentException("a " + before.kind() + " cannot sit below a " + parentKind);
		}
		jdbc.sql("update units set parent_id = ? where id = ?").params(newParent.value(), unit.value()).update();
		cache.invalidate();
		events.publishEvent(new OrganisationChanged(scope.actor(), "unit.moved", unit, "unit", unit.toString(),
				Map.of("parent", String.valueOf(before.parent())), Map.of("parent", newParent.toString())));
	}

	/** Replaces the opening hours and holidays of a unit. */
	void setBusinessHours(AccessScope scope, UnitId unit, Map<DayOfWeek, List<BusinessHours.Opening>> week,
			Map<LocalDate, String> holidays) {
		Guard.manages(scope, unit, "unit");
		jdbc.sql("delete from unit_business_hours where unit_id = ?").param(unit.value()).update();
		jdbc.sql("delete from unit_holidays where unit_id = ?").param(unit.value()).update();
		week.forEach((day, openings) -> {
			for (int i = 0; i < openings.size(); i++) {
				var opening = openings.get(i);
				for (int j = 0; j < i; j++) {
					if (opening.opens().isBefore(openings.get(j).closes()) && openings.get(j).opens().isBefore(opening.closes())) {
						throw new IllegalArgumentException("opening hours overlap on " + day);
					}
				}
				jdbc.sql("insert into unit_business_hours (unit_id, day_of_week, opens, closes) values (?, ?, ?, ?)")
					.params(unit.value(), day.getValue(), opening.opens(), opening.closes())
					.update();
			}
		});
		holidays.forEach((day, name) -> jdbc.sql("insert into unit_holidays (unit_id, day, name) values (?, ?, ?)")
			.params(unit.value(), day, name == null ? "" : name.trim())
			.update());
		events.publishEvent(new OrganisationChanged(scope.actor(), "unit.hours-changed", unit, "unit", unit.toString(), null,
				Map.of("week", week.toString(), "holidays", holidays.keySet().toString())));
	}

	private void requireFreeCode(String code) {
		if (jdbc.sql("select count(*) from units where code = ?").param(code).query(Integer.class).single() > 0) {
			throw new IllegalArgumentException("the unit code '" + code + "' is taken");
		}
	}
}
