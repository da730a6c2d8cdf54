package io.dandelion.moderation;

import static io.dandelion.moderation.MessageFactsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyCascadeTests {

	static final Rule HIDE_ABUSE = new Rule("hide-abuse", "Hide abuse",
			List.of(new Condition.LabelAtLeast("abusive", 0.8)), List.of(new Action.Hide()), true, true);

	static final Rule REVIEW_REFUNDS = new Rule("review-refunds", "Refund talk goes to review",
			List.of(new Condition.ContainsKeyword(List.of("refund", "remboursement"))),
			List.of(new Action.FlagForReview("care-review")), false, true);

	static final Policy HUB = new Policy(GROUP, List.of(HIDE_ABUSE, REVIEW_REFUNDS));

	@Test
	void hubRulesApplyToEverySpoke() {
		var decision = PolicyCascade.resolve(List.of(HUB, Policy.empty(EUROPE), Policy.empty(BELGIUM)))
			.evaluate(aBelgianComment("vous êtes des escrocs").withLabel("abusive", 0.93).facts());

		assertThat(decision.actions()).containsExactly(new Action.Hide());
		assertThat(decision.matches()).singleElement().satisfies(match -> {
			assertThat(match.ruleKey()).isEqualTo("hide-abuse");
			assertThat(match.owner()).isEqualTo(GROUP);
			assertThat(match.reasons()).containsExactly("abusive 0.93 ≥ 0.80");
		});
	}

	@Test
	void spokeMayOverrideAnOverridableRule() {
		var belgianRefunds = new Rule("review-refunds", "Refunds go straight to the helpers",
				List.of(new Condition.ContainsKeyword(List.of("remboursement", "terugbetaling"))),
				List.of(new Action.RouteTo("be-helpers"), new Action.SetPriority(2)), false, true);
		var belgium = new Policy(BELGIUM, List.of(belgianRefunds));

		var effective = PolicyCascade.resolve(List.of(HUB, Policy.empty(EUROPE), belgium));
		var decision = effective.evaluate(aBelgianComment("Je veux un remboursement").facts());

		assertThat(PolicyCascade.overrides(belgium, List.of(HUB, Policy.empty(EUROPE))))
			.singleElement()
			.satisfies(o -> assertThat(o.inheritedFrom()).isEqualTo(GROUP));
		assertThat(effective.rules()).extracting(EffectiveRule::overrides).containsExactly(null, GROUP);
		assertThat(decision.actions()).containsExactly(new Action.SetPriority(2), new Action.RouteTo("be-helpers"));
	}

	@Test
	void lockedRuleCannotBeOverriddenNorSwitchedOff() {
		var belgium = new Policy(BELGIUM, List.of(HIDE_ABUSE.disabled()));

		assertThatThrownBy(() -> PolicyCascade.overrides(belgium, List.of(HUB)))
			.isInstanceOf(PolicyCascade.LockedRuleException.class)
			.hasMessageContaining("hide-abuse")
			.hasMessageContaining("locked");
		var decision = PolicyCascade.resolve(List.of(HUB, belgium))
			.evaluate(aBelgianComment("...").withLabel("abusive", 0.99).facts());
		assertThat(decision.actions()).containsExactly(new Action.Hide());
	}

	@Test
	void spokeMaySwitchOffAnOverridableRule() {
		var belgium = new Policy(BELGIUM, List.of(REVIEW_REFUNDS.disabled()));

		var decision = PolicyCascade.resolve(List.of(HUB, belgium)).evaluate(aBelgianComment("refund please").facts());

		assertThat(decision.isEmpty()).isTrue();
	}

	@Test
	void ruleOfAnotherBranchDoesNotApply() {
		var france = new Policy(FRANCE, List.of(new Rule("tag-all", "Tag everything", List.of(),
				List.of(new Action.Tag("fr")), false, true)));

		var decision = PolicyCascade.resolve(List.of(HUB, Policy.empty(EUROPE), Policy.empty(BELGIUM)))
			.evaluate(aBelgianComment("bonjour").facts());

		assertThat(france.rules()).hasSize(1);
		assertThat(decision.isEmpty()).isTrue();
	}

	@Test
	void deleteSupersedesHideAndKeepsTheSecondPersonRequirement() {
		var delete = new Rule("delete-spam", "Delete spam", List.of(new Condition.LabelAtLeast("spam", 0.9)),
				List.of(new Action.Delete(true)), false, true);
		var decision = PolicyCascade.resolve(List.of(new Policy(GROUP, List.of(HIDE_ABUSE, delete))))
			.evaluate(aBelgianComment("buy now").withLabel("spam", 0.95).withLabel("abusive", 0.9).facts());

		assertThat(decision.actions()).containsExactly(new Action.Delete(true));
	}

	@Test
	void outsideHoursUsesTheUnitsTimeZone() {
		var night = new Condition.OutsideHours(LocalTime.of(8, 0), LocalTime.of(20, 0));

		assertThat(night.test(aBelgianComment("").at(Instant.parse("2026-11-27T19:30:00Z")).facts()))
			.hasValueSatisfying(reason -> assertThat(reason).contains("20:30"));
		assertThat(night.test(aBelgianComment("").at(Instant.parse("2026-11-27T18:30:00Z")).facts())).isEmpty();
	}

	@Test
	void keywordsMatchWholeWordsOnly() {
		var keyword = new Condition.ContainsKeyword(List.of("ass"));

		assertThat(keyword.test(aBelgianComment("a classic passage").facts())).isEmpty();
		assertThat(keyword.test(aBelgianComment("what an ASS!").facts())).hasValue("keyword 'ass'");
	}

	@Test
	void pathologicalRegexIsSkippedNotHung() {
		var evil = new Rule("evil", "Catastrophic", List.of(new Condition.MatchesRegex("(x+x+)+y")),
				List.of(new Action.Hide()), false, true);
		var decision = PolicyCascade.resolve(List.of(new Policy(GROUP, List.of(evil))))
			.evaluate(aBelgianComment("x".repeat(5000)).facts());

		assertThat(decision.isEmpty()).isTrue();
		assertThat(decision.problems()).singleElement().asString().contains("took too long");
	}

	@Test
	void invalidRulesAreRefusedWithASentence() {
		assertThatThrownBy(() -> new Rule("Bad Key", "x", List.of(), List.of(new Action.Hide()), false, true).validate())
			.hasMessageContaining("rule key");
		assertThatThrownBy(() -> new Rule("r", "x", List.of(new Condition.MatchesRegex("(")), List.of(new Action.Hide()),
				false, true).validate())
			.hasMessageContaining("not a valid regular expression");
		assertThatThrownBy(() -> new Policy(GROUP, List.of(HIDE_ABUSE, HIDE_ABUSE)).validate())
			.hasMessageContaining("appears twice");
	}
}
