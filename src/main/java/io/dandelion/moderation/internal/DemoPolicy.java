package io.dandelion.moderation.internal;

import io.dandelion.moderation.Action;
import io.dandelion.moderation.Condition;
import io.dandelion.moderation.Rule;
import io.dandelion.organisation.DemoOrganisationSeeded;
import io.dandelion.organisation.UnitId;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's policies: the hub hides abuse (locked), hides spam until two moderators
 * agree to delete it, sends personal data in public to review, raises complaints; France routes refund
 * talk to its care team; Belgium switches the complaint auto-reply off. Reply texts in the demo's languages.
 */
@Component
class DemoPolicy {

	static final List<Rule> HUB = List.of(
			new Rule("hide-abuse", "Hide abuse and insults", List.of(new Condition.LabelAtLeast("abuse", 0.8)),
					List.of(new Action.Hide(), new Action.FlagForReview("hub-review")), true, true),
			new Rule("spam", "Spam: hide now, delete when two moderators agree",
					List.of(new Condition.LabelAtLeast("spam", 0.9)), List.of(new Action.Delete(true)), false, true),
			new Rule("public-personal-data", "Personal data posted in public goes to review",
					List.of(new Condition.LabelAtLeast("pii", 1.0)),
					List.of(new Action.Hide(), new Action.FlagForReview("privacy")), true, true),
			new Rule("complaints-first", "Complaints are urgent", List.of(new Condition.WithIntent(Set.of("complaint"))),
					List.of(new Action.SetPriority(2), new Action.Tag("complaint")), false, true),
			new Rule("after-hours-reply", "Complaints after hours get an acknowledgement",
					List.of(new Condition.WithIntent(Set.of("complaint")),
							new Condition.OutsideHours(LocalTime.of(8, 0), LocalTime.of(20, 0))),
					List.of(new Action.AutoReply("after-hours")), false, true));

	static final Map<String, String> AFTER_HOURS = Map.of("en",
			"Thank you, we have your message and will answer when our team is back in the morning.", "fr",
			"Merci, nous avons bien reçu votre message et vous répondrons dès le retour de l'équipe demain matin.", "nl",
			"Bedankt, we hebben je bericht ontvangen en antwoorden zodra ons team morgenochtend terug is.", "es",
			"Gracias, hemos recibido tu mensaje y te responderemos en cuanto vuelva el equipo por la mañana.", "de",
			"Danke, wir haben Ihre Nachricht erhalten und antworten, sobald unser Team morgen früh zurück ist.", "ar",
			"شكرًا لك، لقد تلقينا رسالتك وسنرد عليك عند عودة فريقنا صباحًا.");

	private final PolicyAdministration policies;
	private final ReplyTexts replies;
	DemoPolicy(PolicyAdministration policies, ReplyTexts replies) {
		this.policies = policies;
		this.replies = replies;
	}

	@ApplicationModuleListener
	void on(DemoOrganisationSeeded demo) {
		policies.saveAsSystem(demo.group(), HUB);
		UnitId france = demo.units().get("fr");
		if (france != null) {
			policies.saveAsSystem(france, List.of(new Rule("refund-talk", "Refund talk to the French care team",
					List.of(new Condition.ContainsKeyword(List.of("remboursement", "rembourser", "refund"))),
					List.of(new Action.Tag("refund"), new Action.FlagForReview("fr-care-review")), false, true)));
		}
		UnitId belgium = demo.units().get("be");
		if (belgium != null) {
			policies.saveAsSystem(belgium, List.of(HUB.get(4).disabled()));
		}
		AFTER_HOURS.forEach((language, text) -> replies.put(demo.group(), "after-hours", language, text));
	}
}
